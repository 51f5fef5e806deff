// All SQL about a note's version history: earlier states kept now and then
// while the note is saved, and before a version is restored.
import type { Database, Statement } from 'better-sqlite3'
import type { NoteVersion, NoteVersionReason, NoteVersionSummary } from '@shared/notes'
import type { NoteFields } from './notes-repository'

interface VersionSummaryRow {
  id: number
  note_id: number
  title: string
  created_at: string
  reason: NoteVersionReason
  word_count: number
}

interface VersionRow extends VersionSummaryRow {
  content: string
  plain_text: string
}

const SUMMARY_COLUMNS = 'id, note_id, title, created_at, reason, word_count'

export class NoteVersionsRepository {
  private readonly insertVersion: Statement
  private readonly copyCurrent: Statement
  private readonly selectForNote: Statement
  private readonly selectVersion: Statement
  private readonly selectLatestTime: Statement

  constructor(db: Database) {
    this.insertVersion = db.prepare(`
      INSERT INTO note_versions (note_id, title, content, plain_text, word_count, reason, created_at)
      VALUES (@noteId, @title, @content, @plainText, @wordCount, @reason, @now)`)
    // Copies inside SQLite, so a long note's text is not read into JavaScript only to be written back.
    this.copyCurrent = db.prepare(`
      INSERT INTO note_versions (note_id, title, content, plain_text, word_count, reason, created_at)
      SELECT id, title, content, plain_text, word_count, ?, ? FROM notes WHERE id = ?`)
    this.selectForNote = db.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM note_versions WHERE note_id = ? ORDER BY created_at DESC, id DESC`,
    )
    this.selectVersion = db.prepare(
      `SELECT ${SUMMARY_COLUMNS}, content, plain_text FROM note_versions WHERE id = ?`,
    )
    this.selectLatestTime = db.prepare('SELECT max(created_at) FROM note_versions WHERE note_id = ?').pluck()
  }

  insert(noteId: number, fields: NoteFields, reason: NoteVersionReason, now: string): number {
    return Number(this.insertVersion.run({ ...fields, noteId, reason, now }).lastInsertRowid)
  }

  /** Keeps the note's stored state as a version; undefined when the note does not exist. */
  keepCurrent(noteId: number, reason: NoteVersionReason, now: string): number | undefined {
    const result = this.copyCurrent.run(reason, now, noteId)
    return result.changes > 0 ? Number(result.lastInsertRowid) : undefined
  }

  list(noteId: number): NoteVersionSummary[] {
    return (this.selectForNote.all(noteId) as VersionSummaryRow[]).map(toSummary)
  }

  get(versionId: number): NoteVersion | undefined {
    const row = this.selectVersion.get(versionId) as VersionRow | undefined
    return row && { ...toSummary(row), content: row.content, plainText: row.plain_text }
  }

  /** When the latest version of the note was kept (ISO time), or undefined if none was. */
  latestTime(noteId: number): string | undefined {
    return (this.selectLatestTime.get(noteId) as string | null) ?? undefined
  }
}

function toSummary(row: VersionSummaryRow): NoteVersionSummary {
  return {
    id: row.id,
    noteId: row.note_id,
    title: row.title,
    createdAt: row.created_at,
    reason: row.reason,
    wordCount: row.word_count,
  }
}
