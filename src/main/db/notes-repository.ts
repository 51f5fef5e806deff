// All SQL about notes and the links they hold (passages quoted, actors
// mentioned): rows in, camelCase models out. Deleting is soft until the
// library is next opened, so it can be undone.
import type { Database, Statement } from 'better-sqlite3'
import type { Note, NoteSort, NoteSummary } from '@shared/notes'

/** What a save stores: the editor state and what the core derived from it. */
export interface NoteFields {
  title: string
  content: string
  plainText: string
  wordCount: number
}

export interface NoteLinks {
  passageIds: readonly number[]
  entityIds: readonly number[]
}

type LinkKind = 'passage' | 'entity'

interface StoredLink {
  kind: LinkKind
  targetId: number
}

const linkKey = (kind: LinkKind, targetId: number) => `${kind}:${targetId}`

interface SummaryRow {
  id: number
  title: string
  created_at: string
  updated_at: string
  word_count: number
  excerpt: string
}

interface NoteRow extends SummaryRow {
  content: string
  revision: number
}

/** How much of the text the list shows under each title. */
const EXCERPT_CHARS = 160
const SUMMARY_COLUMNS = `n.id, n.title, n.created_at, n.updated_at, n.word_count,
  substr(n.plain_text, 1, ${EXCERPT_CHARS}) AS excerpt`
const ORDER_BY: Record<NoteSort, string> = {
  updated: 'n.updated_at DESC, n.id DESC',
  title: 'n.title COLLATE NOCASE, n.id',
}

export class NotesRepository {
  private readonly insertNote: Statement
  private readonly selectNote: Statement
  private readonly selectSummary: Statement
  private readonly selectSummaries: Record<NoteSort, Statement>
  private readonly selectSummariesIn: Record<NoteSort, Statement>
  private readonly updateNote: Statement
  private readonly updateTitle: Statement
  private readonly markDeleted: Statement
  private readonly selectByToken: Statement
  private readonly unmarkDeleted: Statement
  private readonly selectDeletedIds: Statement
  private readonly hardDelete: Statement
  private readonly selectLinks: Statement
  private readonly deleteLink: Statement
  private readonly insertLink: Statement
  private readonly selectForEntity: Statement
  private readonly countNotes: Statement
  private readonly selectPlainText: Statement
  private readonly selectStale: Statement
  private readonly selectRevision: Statement
  private readonly updateIndexed: Statement

  constructor(private readonly db: Database) {
    this.insertNote = db.prepare(`
      INSERT INTO notes (title, content, plain_text, word_count, created_at, updated_at)
      VALUES (@title, @content, @plainText, @wordCount, @now, @now)`)
    this.selectNote = db.prepare(
      `SELECT ${SUMMARY_COLUMNS}, n.content, n.revision FROM notes n WHERE n.id = ? AND n.deleted_at IS NULL`,
    )
    this.selectSummary = db.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM notes n WHERE n.id = ? AND n.deleted_at IS NULL`,
    )
    this.selectSummaries = {
      updated: db.prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM notes n WHERE n.deleted_at IS NULL ORDER BY ${ORDER_BY.updated}`,
      ),
      title: db.prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM notes n WHERE n.deleted_at IS NULL ORDER BY ${ORDER_BY.title}`,
      ),
    }
    const inIds = (sort: NoteSort) =>
      db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM notes n
        WHERE n.id IN (SELECT value FROM json_each(?)) AND n.deleted_at IS NULL ORDER BY ${ORDER_BY[sort]}`)
    this.selectSummariesIn = { updated: inIds('updated'), title: inIds('title') }
    this.updateNote = db.prepare(`
      UPDATE notes SET title = @title, content = @content, plain_text = @plainText, word_count = @wordCount,
        revision = revision + 1, updated_at = @now
      WHERE id = @id AND deleted_at IS NULL
      RETURNING revision`)
    this.updateTitle = db.prepare(
      'UPDATE notes SET title = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
    )
    this.markDeleted = db.prepare(
      'UPDATE notes SET deleted_at = ?, deletion_token = ? WHERE id = ? AND deleted_at IS NULL',
    )
    this.selectByToken = db.prepare('SELECT id FROM notes WHERE deletion_token = ?')
    this.unmarkDeleted = db.prepare('UPDATE notes SET deleted_at = NULL, deletion_token = NULL WHERE id = ?')
    this.selectDeletedIds = db.prepare('SELECT id FROM notes WHERE deleted_at IS NOT NULL')
    this.hardDelete = db.prepare('DELETE FROM notes WHERE id = ?')
    this.selectLinks = db.prepare('SELECT kind, target_id AS targetId FROM note_links WHERE note_id = ?')
    this.deleteLink = db.prepare('DELETE FROM note_links WHERE note_id = ? AND kind = ? AND target_id = ?')
    this.insertLink = db.prepare(
      'INSERT OR IGNORE INTO note_links (note_id, kind, target_id) VALUES (?, ?, ?)',
    )
    // An actor merged into this one counts too: its mentions now mean this actor.
    this.selectForEntity = db.prepare(`
      WITH RECURSIVE actor (id) AS (
        SELECT ? UNION SELECT e.id FROM entities e JOIN actor ON e.merged_into = actor.id
      )
      SELECT ${SUMMARY_COLUMNS} FROM notes n
      WHERE n.deleted_at IS NULL AND n.id IN (
        SELECT l.note_id FROM note_links l JOIN actor ON l.kind = 'entity' AND l.target_id = actor.id)
      ORDER BY ${ORDER_BY.updated}`)
    this.countNotes = db.prepare('SELECT count(*) FROM notes WHERE deleted_at IS NULL').pluck()
    this.selectPlainText = db
      .prepare('SELECT plain_text FROM notes WHERE id = ? AND deleted_at IS NULL')
      .pluck()
    this.selectStale = db.prepare('SELECT id FROM notes WHERE indexed_revision <> revision').pluck()
    this.selectRevision = db.prepare('SELECT revision FROM notes WHERE id = ? AND deleted_at IS NULL').pluck()
    this.updateIndexed = db.prepare('UPDATE notes SET indexed_revision = revision WHERE id = ?')
  }

  insert(fields: NoteFields, now: string): number {
    return Number(this.insertNote.run({ ...fields, now }).lastInsertRowid)
  }

  get(id: number): Note | undefined {
    const row = this.selectNote.get(id) as NoteRow | undefined
    return row && { ...toSummary(row), content: row.content, revision: row.revision }
  }

  summary(id: number): NoteSummary | undefined {
    const row = this.selectSummary.get(id) as SummaryRow | undefined
    return row && toSummary(row)
  }

  list(sort: NoteSort): NoteSummary[] {
    return (this.selectSummaries[sort].all() as SummaryRow[]).map(toSummary)
  }

  /** The live notes among `ids`, in the given order. */
  listIn(ids: readonly number[], sort: NoteSort): NoteSummary[] {
    return (this.selectSummariesIn[sort].all(JSON.stringify(ids)) as SummaryRow[]).map(toSummary)
  }

  /** The new revision, or undefined when the note is gone. */
  update(id: number, fields: NoteFields, now: string): number | undefined {
    const row = this.updateNote.get({ ...fields, id, now }) as { revision: number } | undefined
    return row?.revision
  }

  rename(id: number, title: string, now: string): boolean {
    return this.updateTitle.run(title, now, id).changes > 0
  }

  markAsDeleted(id: number, token: string, now: string): boolean {
    return this.markDeleted.run(now, token, id).changes > 0
  }

  /** The note a deletion token names, undeleted; undefined when the token is unknown or spent. */
  restoreDeleted(token: string): number | undefined {
    const row = this.selectByToken.get(token) as { id: number } | undefined
    if (!row) return undefined
    this.unmarkDeleted.run(row.id)
    return row.id
  }

  /** Removes for good the notes deleted before; returns their ids (to drop from the index). */
  purgeDeleted(): number[] {
    const ids = (this.selectDeletedIds.all() as { id: number }[]).map((row) => row.id)
    for (const id of ids) this.hardDelete.run(id)
    return ids
  }

  /**
   * Makes the note's links these. Only the difference is written: typing saves
   * a long note about once a second with its hundreds of links mostly
   * unchanged, and rewriting them all took twice as long (0.6 against 0.3 ms
   * for 260 links) and wrote every one of them to the journal again.
   */
  setLinks(noteId: number, links: NoteLinks): void {
    const wanted = new Set([
      ...links.passageIds.map((id) => linkKey('passage', id)),
      ...links.entityIds.map((id) => linkKey('entity', id)),
    ])
    const stored = new Set<string>()
    for (const { kind, targetId } of this.selectLinks.all(noteId) as StoredLink[]) {
      const key = linkKey(kind, targetId)
      if (wanted.has(key)) stored.add(key)
      else this.deleteLink.run(noteId, kind, targetId)
    }
    for (const id of links.passageIds)
      if (!stored.has(linkKey('passage', id))) this.insertLink.run(noteId, 'passage', id)
    for (const id of links.entityIds)
      if (!stored.has(linkKey('entity', id))) this.insertLink.run(noteId, 'entity', id)
  }

  forEntity(entityId: number): NoteSummary[] {
    return (this.selectForEntity.all(entityId) as SummaryRow[]).map(toSummary)
  }

  revisionOf(id: number): number | undefined {
    return this.selectRevision.get(id) as number | undefined
  }

  plainText(id: number): string | undefined {
    return this.selectPlainText.get(id) as string | undefined
  }

  /** Notes whose text changed since the search index last read it. */
  staleInIndex(): number[] {
    return this.selectStale.all() as number[]
  }

  markIndexed(id: number): void {
    this.updateIndexed.run(id)
  }

  count(): number {
    return this.countNotes.get() as number
  }

  inTransaction<T>(work: () => T): T {
    return this.db.transaction(work)()
  }
}

function toSummary(row: SummaryRow): NoteSummary {
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    wordCount: row.word_count,
    excerpt: row.excerpt.replace(/\s+/g, ' ').trim(),
  }
}
