// All SQL about ties and their evidence: rows in, camelCase models out.
// Endpoints are stored as recorded; the service counts a tie of an actor that
// was merged into another as that other's (so undoing the merge restores it).
// Deleting a tie is soft until the library is next opened, so it can be undone.
import type { Database, Statement } from 'better-sqlite3'
import type { CitedPassage } from '@shared/actors'
import type { NetworkActor, NetworkTie } from '@shared/network/network-data'
import type { Tie, TieConfidence, TieFields, TieStatus } from '@shared/network/ties'

interface TieRow {
  id: number
  from_id: number
  to_id: number
  type: string
  directed: number
  start_date: string | null
  end_date: string | null
  ongoing: number
  status: TieStatus
  confidence: TieConfidence
  place: string | null
  description: string
  created_at: string
  updated_at: string
}

interface CompactRow {
  id: number
  from_id: number
  to_id: number
  type: string
  directed: number
  start_date: string | null
  end_date: string | null
  ongoing: number
  status: TieStatus
  confidence: TieConfidence
  place: string | null
  evidence: number
}

export type StoredTieFields = Omit<TieFields, 'evidenceIds'>

const COLUMNS = `t.id, t.from_id, t.to_id, t.type, t.directed, t.start_date, t.end_date, t.ongoing, t.status,
  t.confidence, t.place, t.description, t.created_at, t.updated_at`
// Evidence that is live: the passage is not deleted, nor is its source.
const LIVE_EVIDENCE = `FROM tie_evidence te
  JOIN passages p ON p.id = te.passage_id AND p.deleted_at IS NULL
  JOIN sources s ON s.id = p.source_id AND s.deleted_at IS NULL`
// The actor and every actor merged into it (and into those), whose ties count as its own.
const ABSORBED = `WITH RECURSIVE absorbed (id) AS (
    SELECT ? UNION SELECT e.id FROM entities e JOIN absorbed a ON e.merged_into = a.id
  )`

export class TiesRepository {
  private readonly insertTie: Statement
  private readonly selectLive: Statement
  private readonly selectAllLive: Statement
  private readonly selectForEntity: Statement
  private readonly selectCompact: Statement
  private readonly markDeleted: Statement
  private readonly selectByToken: Statement
  private readonly unmarkDeleted: Statement
  private readonly purge: Statement
  private readonly insertEvidence: Statement
  private readonly deleteEvidence: Statement
  private readonly selectEvidenceIds: Statement
  private readonly selectCitedEvidence: Statement
  private readonly selectMerged: Statement
  private readonly selectLivePassages: Statement
  private readonly selectActors: Statement
  private readonly selectActorNames: Statement

  constructor(private readonly db: Database) {
    this.insertTie = db.prepare(`
      INSERT INTO ties (from_id, to_id, type, directed, start_date, end_date, ongoing, status, confidence, place,
        description, created_at, updated_at)
      VALUES (@fromId, @toId, @type, @directed, @startDate, @endDate, @ongoing, @status, @confidence, @place,
        @description, @now, @now)`)
    this.selectLive = db.prepare(`SELECT ${COLUMNS} FROM ties t WHERE t.id = ? AND t.deleted_at IS NULL`)
    this.selectAllLive = db.prepare(`SELECT ${COLUMNS} FROM ties t WHERE t.deleted_at IS NULL ORDER BY t.id`)
    this.selectForEntity = db.prepare(`${ABSORBED}
      SELECT ${COLUMNS} FROM ties t
      WHERE t.deleted_at IS NULL AND (t.from_id IN absorbed OR t.to_id IN absorbed)
      ORDER BY coalesce(t.start_date, t.end_date) IS NULL, coalesce(t.start_date, t.end_date), t.id`)
    this.selectCompact = db.prepare(`
      SELECT t.id, t.from_id, t.to_id, t.type, t.directed, t.start_date, t.end_date, t.ongoing, t.status,
        t.confidence, t.place, (SELECT count(*) ${LIVE_EVIDENCE} WHERE te.tie_id = t.id) AS evidence
      FROM ties t WHERE t.deleted_at IS NULL`)
    this.markDeleted = db.prepare(
      'UPDATE ties SET deleted_at = ?, deletion_token = ? WHERE id = ? AND deleted_at IS NULL',
    )
    this.selectByToken = db.prepare('SELECT id FROM ties WHERE deletion_token = ?')
    this.unmarkDeleted = db.prepare(
      'UPDATE ties SET deleted_at = NULL, deletion_token = NULL WHERE deletion_token = ?',
    )
    this.purge = db.prepare('DELETE FROM ties WHERE deleted_at IS NOT NULL')
    this.insertEvidence = db.prepare(
      'INSERT OR IGNORE INTO tie_evidence (tie_id, passage_id, added_at) VALUES (?, ?, ?)',
    )
    this.deleteEvidence = db.prepare('DELETE FROM tie_evidence WHERE tie_id = ? AND passage_id = ?')
    this.selectEvidenceIds = db.prepare(`
      SELECT te.tie_id AS tieId, te.passage_id AS passageId ${LIVE_EVIDENCE}
      WHERE te.tie_id IN (SELECT value FROM json_each(?))
      ORDER BY te.added_at, te.passage_id`)
    // Oldest publication first, undated last, then in reading order.
    this.selectCitedEvidence = db.prepare(`
      SELECT te.tie_id AS tieId, p.id, p.source_id AS sourceId, p.start, p."end" AS "end", p.exact, p.prefix,
        p.suffix, p.status, p.comment, p.color, p.created_at AS createdAt,
        (SELECT group_concat(m.entity_id) FROM mentions m JOIN entities e ON e.id = m.entity_id
          WHERE m.passage_id = p.id AND e.merged_into IS NULL) AS entityIds,
        s.title AS sourceTitle, s.publisher AS sourcePublisher, s.published_date AS sourceDate
      ${LIVE_EVIDENCE}
      WHERE te.tie_id IN (SELECT value FROM json_each(?))
      ORDER BY s.published_date IS NULL, s.published_date, s.title COLLATE NOCASE, s.id, p.start, p.id`)
    this.selectMerged = db.prepare('SELECT id, merged_into FROM entities WHERE merged_into IS NOT NULL')
    this.selectLivePassages = db.prepare(`
      SELECT p.id FROM passages p JOIN sources s ON s.id = p.source_id AND s.deleted_at IS NULL
      WHERE p.deleted_at IS NULL AND p.id IN (SELECT value FROM json_each(?))`)
    // Aliases joined with the unit separator, which no name contains.
    this.selectActors = db.prepare(`
      SELECT e.id, e.name, e.type, (SELECT group_concat(a.name, char(31)) FROM aliases a WHERE a.entity_id = e.id) AS aliases
      FROM entities e WHERE e.merged_into IS NULL ORDER BY e.name COLLATE NOCASE, e.id`)
    this.selectActorNames = db.prepare(`
      SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))`)
  }

  insert(fields: StoredTieFields, now: string): number {
    return Number(this.insertTie.run({ ...toColumns(fields), now }).lastInsertRowid)
  }

  update(id: number, fields: Partial<StoredTieFields>, now: string): void {
    const names: Record<keyof StoredTieFields, string> = {
      fromId: 'from_id',
      toId: 'to_id',
      type: 'type',
      directed: 'directed',
      startDate: 'start_date',
      endDate: 'end_date',
      ongoing: 'ongoing',
      status: 'status',
      confidence: 'confidence',
      place: 'place',
      description: 'description',
    }
    const values = toColumns(fields)
    const assignments = (Object.keys(names) as (keyof StoredTieFields)[])
      .filter((key) => fields[key] !== undefined)
      .map((key) => `${names[key]} = @${key}`)
    if (assignments.length === 0) return
    this.db
      .prepare(`UPDATE ties SET ${assignments.join(', ')}, updated_at = @now WHERE id = @id`)
      .run({ ...values, id, now })
  }

  get(id: number): Tie | undefined {
    const row = this.selectLive.get(id) as TieRow | undefined
    return row && this.withEvidence([toTie(row)])[0]
  }

  all(): Tie[] {
    return this.withEvidence((this.selectAllLive.all() as TieRow[]).map(toTie))
  }

  /** The ties of an actor, and of the actors merged into it. */
  forEntity(entityId: number): Tie[] {
    return this.withEvidence((this.selectForEntity.all(entityId) as TieRow[]).map(toTie))
  }

  /** Every live tie as the network needs it, endpoints as recorded. */
  compact(): NetworkTie[] {
    return (this.selectCompact.all() as CompactRow[]).map((row) => ({
      id: row.id,
      from: row.from_id,
      to: row.to_id,
      type: row.type,
      directed: row.directed === 1,
      startDate: row.start_date,
      endDate: row.end_date,
      ongoing: row.ongoing === 1,
      status: row.status,
      confidence: row.confidence,
      place: row.place,
      evidence: row.evidence,
    }))
  }

  /** Every live actor, with its aliases, for the network. */
  actors(): NetworkActor[] {
    const rows = this.selectActors.all() as {
      id: number
      name: string
      type: string
      aliases: string | null
    }[]
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      type: row.type,
      aliases: row.aliases ? row.aliases.split('\u001f') : [],
    }))
  }

  /** The ids of every actor of a type (merged ones included). */
  actorsOfType(type: string): number[] {
    return this.db.prepare('SELECT id FROM entities WHERE type = ?').pluck().all(type) as number[]
  }

  /** Names and types of the given actors (merged or not). */
  actorNames(ids: readonly number[]): Map<number, { name: string; type: string }> {
    const rows = this.selectActorNames.all(JSON.stringify(ids)) as {
      id: number
      name: string
      type: string
    }[]
    return new Map(rows.map((row) => [row.id, { name: row.name, type: row.type }]))
  }

  /** Actor id to the actor it was merged into, for every merged actor. */
  mergedInto(): Map<number, number> {
    const rows = this.selectMerged.all() as { id: number; merged_into: number }[]
    return new Map(rows.map((row) => [row.id, row.merged_into]))
  }

  softDelete(id: number, token: string, now: string): boolean {
    return this.markDeleted.run(now, token, id).changes > 0
  }

  /** Undoes a delete; the tie's id, or undefined when the token is unknown or spent. */
  restore(token: string): number | undefined {
    const row = this.selectByToken.get(token) as { id: number } | undefined
    if (!row) return undefined
    this.unmarkDeleted.run(token)
    return row.id
  }

  purgeDeleted(): number {
    return this.purge.run().changes
  }

  addEvidence(tieId: number, passageId: number, now: string): boolean {
    return this.insertEvidence.run(tieId, passageId, now).changes > 0
  }

  removeEvidence(tieId: number, passageId: number): boolean {
    return this.deleteEvidence.run(tieId, passageId).changes > 0
  }

  /** The given passages that are live (not deleted, nor in a deleted source). */
  livePassages(ids: readonly number[]): Set<number> {
    return new Set(this.selectLivePassages.pluck().all(JSON.stringify(ids)) as number[])
  }

  /** The live evidence of each tie, quoted with its source, oldest publication first. */
  citedEvidence(tieIds: readonly number[]): Map<number, CitedPassage[]> {
    const rows = this.selectCitedEvidence.all(JSON.stringify(tieIds)) as (Omit<CitedPassage, 'entityIds'> & {
      tieId: number
      entityIds: string | null
    })[]
    const byTie = new Map<number, CitedPassage[]>()
    for (const { tieId, entityIds, ...passage } of rows) {
      const cited: CitedPassage = {
        ...passage,
        entityIds: entityIds ? entityIds.split(',').map(Number) : [],
      }
      const list = byTie.get(tieId)
      if (list) list.push(cited)
      else byTie.set(tieId, [cited])
    }
    return byTie
  }

  private withEvidence(ties: Tie[]): Tie[] {
    if (ties.length === 0) return ties
    const rows = this.selectEvidenceIds.all(JSON.stringify(ties.map((tie) => tie.id))) as {
      tieId: number
      passageId: number
    }[]
    const byTie = new Map<number, number[]>()
    for (const row of rows) {
      const list = byTie.get(row.tieId)
      if (list) list.push(row.passageId)
      else byTie.set(row.tieId, [row.passageId])
    }
    for (const tie of ties) tie.evidenceIds = byTie.get(tie.id) ?? []
    return ties
  }
}

/** The fields given, as SQLite stores them (booleans as 0 and 1). */
function toColumns(fields: Partial<StoredTieFields>): Record<string, unknown> {
  const columns: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) columns[key] = typeof value === 'boolean' ? (value ? 1 : 0) : value
  }
  return columns
}

function toTie(row: TieRow): Tie {
  return {
    id: row.id,
    fromId: row.from_id,
    toId: row.to_id,
    type: row.type,
    directed: row.directed === 1,
    startDate: row.start_date,
    endDate: row.end_date,
    ongoing: row.ongoing === 1,
    status: row.status,
    confidence: row.confidence,
    place: row.place,
    description: row.description,
    evidenceIds: [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
