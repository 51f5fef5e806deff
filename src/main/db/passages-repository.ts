// All SQL about passages and their links to actors (the mentions table).
// Deleting a passage is soft until the library is next opened, so it can be undone.
import type { Database, Statement } from 'better-sqlite3'
import type { CitedPassage, Passage, PassageStatus } from '@shared/actors'

/** Where a passage sits in its source's text: the W3C selectors and the text's hash. */
export interface PassageAnchor {
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  contentHash: string
  status: PassageStatus
}

export interface NewPassage extends PassageAnchor {
  sourceId: number
  comment: string | null
  color: string | null
}

/** A live passage linked to an actor, as mention scanning needs it. */
export interface LinkedSpan {
  sourceId: number
  start: number
  end: number
  passageId: number
  entityId: number
}

interface PassageRow {
  id: number
  source_id: number
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  status: PassageStatus
  comment: string | null
  color: string | null
  created_at: string
  entity_ids: string | null
}

interface CitedRow extends PassageRow {
  source_title: string
  source_publisher: string | null
  source_date: string | null
}

// The live actors a passage is linked to, comma-separated.
const ENTITY_IDS = `(SELECT group_concat(m.entity_id) FROM mentions m JOIN entities e ON e.id = m.entity_id
  WHERE m.passage_id = p.id AND e.merged_into IS NULL) AS entity_ids`
const PASSAGE_COLUMNS = `p.id, p.source_id, p.start, p."end", p.exact, p.prefix, p.suffix, p.status, p.comment,
  p.color, p.created_at, ${ENTITY_IDS}`

export class PassagesRepository {
  private readonly insertPassage: Statement
  private readonly selectLive: Statement
  private readonly selectForSource: Statement
  private readonly selectForEntity: Statement
  private readonly selectBySpan: Statement
  private readonly selectAnchors: Statement
  private readonly updateAnchor: Statement
  private readonly updateNote: Statement
  private readonly markDeleted: Statement
  private readonly selectByToken: Statement
  private readonly unmarkDeleted: Statement
  private readonly purge: Statement
  private readonly insertMention: Statement
  private readonly deleteMention: Statement
  private readonly updateMentionEntity: Statement
  private readonly selectMentionPassages: Statement
  private readonly selectLinkedSpans: Statement

  constructor(db: Database) {
    this.insertPassage = db.prepare(`
      INSERT INTO passages (source_id, start, "end", exact, prefix, suffix, content_hash, status, comment, color,
        created_at, updated_at)
      VALUES (@sourceId, @start, @end, @exact, @prefix, @suffix, @contentHash, @status, @comment, @color, @now, @now)`)
    this.selectLive = db.prepare(
      `SELECT ${PASSAGE_COLUMNS} FROM passages p WHERE p.id = ? AND p.deleted_at IS NULL`,
    )
    this.selectForSource = db.prepare(`
      SELECT ${PASSAGE_COLUMNS} FROM passages p
      WHERE p.source_id = ? AND p.deleted_at IS NULL ORDER BY p.start, p."end", p.id`)
    // Grouped by source (oldest publication first, undated last, then by title), then in reading order.
    this.selectForEntity = db.prepare(`
      SELECT ${PASSAGE_COLUMNS}, s.title AS source_title, s.publisher AS source_publisher,
        s.published_date AS source_date
      FROM mentions m
      JOIN passages p ON p.id = m.passage_id AND p.deleted_at IS NULL
      JOIN sources s ON s.id = p.source_id AND s.deleted_at IS NULL
      WHERE m.entity_id = ?
      ORDER BY s.published_date IS NULL, s.published_date, s.title COLLATE NOCASE, s.id, p.start, p.id`)
    this.selectBySpan = db.prepare(
      'SELECT id FROM passages WHERE source_id = ? AND start = ? AND "end" = ? AND deleted_at IS NULL ORDER BY id LIMIT 1',
    )
    this.selectAnchors = db.prepare(
      `SELECT id, start, "end", exact, prefix, suffix, content_hash AS contentHash, status,
        deleted_at IS NOT NULL AS deleted FROM passages WHERE source_id = ?`,
    )
    this.updateAnchor = db.prepare(`
      UPDATE passages SET start = @start, "end" = @end, exact = @exact, prefix = @prefix, suffix = @suffix,
        content_hash = @contentHash, status = @status, updated_at = @now WHERE id = @id`)
    this.updateNote = db.prepare(
      'UPDATE passages SET comment = @comment, color = @color, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
    )
    this.markDeleted = db.prepare(
      'UPDATE passages SET deleted_at = ?, deletion_token = ? WHERE id = ? AND deleted_at IS NULL',
    )
    this.selectByToken = db.prepare('SELECT id FROM passages WHERE deletion_token = ?')
    this.unmarkDeleted = db.prepare(
      'UPDATE passages SET deleted_at = NULL, deletion_token = NULL WHERE deletion_token = ?',
    )
    this.purge = db.prepare('DELETE FROM passages WHERE deleted_at IS NOT NULL')
    this.insertMention = db.prepare(
      'INSERT OR IGNORE INTO mentions (passage_id, entity_id, origin) VALUES (?, ?, ?)',
    )
    this.deleteMention = db.prepare('DELETE FROM mentions WHERE passage_id = ? AND entity_id = ?')
    this.updateMentionEntity = db.prepare(
      'UPDATE OR IGNORE mentions SET entity_id = ? WHERE passage_id = ? AND entity_id = ?',
    )
    this.selectMentionPassages = db.prepare('SELECT passage_id FROM mentions WHERE entity_id = ?')
    this.selectLinkedSpans = db.prepare(`
      SELECT p.source_id AS sourceId, p.start, p."end" AS "end", p.id AS passageId, m.entity_id AS entityId
      FROM passages p JOIN mentions m ON m.passage_id = p.id
      WHERE p.source_id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL`)
  }

  insert(passage: NewPassage, now: string): number {
    return Number(this.insertPassage.run({ ...passage, now }).lastInsertRowid)
  }

  get(id: number): Passage | undefined {
    const row = this.selectLive.get(id) as PassageRow | undefined
    return row && toPassage(row)
  }

  forSource(sourceId: number): Passage[] {
    return (this.selectForSource.all(sourceId) as PassageRow[]).map(toPassage)
  }

  forEntity(entityId: number): CitedPassage[] {
    return (this.selectForEntity.all(entityId) as CitedRow[]).map((row) => ({
      ...toPassage(row),
      sourceTitle: row.source_title,
      sourcePublisher: row.source_publisher,
      sourceDate: row.source_date,
    }))
  }

  /** A live passage with exactly this span, so accepting a suggestion there reuses it. */
  findBySpan(sourceId: number, start: number, end: number): number | undefined {
    return (this.selectBySpan.get(sourceId, start, end) as { id: number } | undefined)?.id
  }

  /** Every passage of a source, deleted ones too (they may be restored), for re-anchoring. */
  anchorsOf(sourceId: number): (PassageAnchor & { id: number; deleted: boolean })[] {
    const rows = this.selectAnchors.all(sourceId) as (PassageAnchor & { id: number; deleted: number })[]
    return rows.map((row) => ({ ...row, deleted: row.deleted === 1 }))
  }

  setAnchor(id: number, anchor: PassageAnchor, now: string): void {
    const { start, end, exact, prefix, suffix, contentHash, status } = anchor
    this.updateAnchor.run({ start, end, exact, prefix, suffix, contentHash, status, id, now })
  }

  setNote(id: number, comment: string | null, color: string | null, now: string): void {
    this.updateNote.run({ id, comment, color, now })
  }

  softDelete(id: number, token: string, now: string): boolean {
    return this.markDeleted.run(now, token, id).changes > 0
  }

  /** Undoes a delete; the passage's id, or undefined when the token is unknown or spent. */
  restore(token: string): number | undefined {
    const row = this.selectByToken.get(token) as { id: number } | undefined
    if (!row) return undefined
    this.unmarkDeleted.run(token)
    return row.id
  }

  purgeDeleted(): number {
    return this.purge.run().changes
  }

  /** Links a passage to an actor; false when it already was. */
  link(passageId: number, entityId: number, origin: 'user' | 'suggestion'): boolean {
    return this.insertMention.run(passageId, entityId, origin).changes > 0
  }

  unlink(passageId: number, entityId: number): boolean {
    return this.deleteMention.run(passageId, entityId).changes > 0
  }

  /** Moves one link to another actor; false when the passage is already linked to it. */
  moveLink(passageId: number, fromEntityId: number, toEntityId: number): boolean {
    return this.updateMentionEntity.run(toEntityId, passageId, fromEntityId).changes > 0
  }

  linkedPassageIds(entityId: number): number[] {
    return (this.selectMentionPassages.all(entityId) as { passage_id: number }[]).map((row) => row.passage_id)
  }

  /** Live passages linked to actors in these sources: suggestions they cover are not offered. */
  linkedSpans(sourceIds: readonly number[]): LinkedSpan[] {
    if (sourceIds.length === 0) return []
    return this.selectLinkedSpans.all(JSON.stringify(sourceIds)) as LinkedSpan[]
  }
}

function toPassage(row: PassageRow): Passage {
  return {
    id: row.id,
    sourceId: row.source_id,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    status: row.status,
    comment: row.comment,
    color: row.color,
    entityIds: row.entity_ids ? row.entity_ids.split(',').map(Number) : [],
    createdAt: row.created_at,
  }
}
