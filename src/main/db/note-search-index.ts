// The full-text index over notes: normalised title and text, as the sources'
// index holds them, so the same parsed query finds notes and sources alike.
import type { Database, Statement } from 'better-sqlite3'
import { normaliseForSearch } from '@shared/text/search-normalise'

export interface RankedNote {
  id: number
  /** Higher is better. */
  score: number
}

export class NoteSearchIndex {
  private readonly deleteRow: Statement
  private readonly insertRow: Statement
  private readonly selectRanked: Statement
  private readonly selectPlainText: Statement

  constructor(db: Database) {
    this.deleteRow = db.prepare('DELETE FROM notes_fts WHERE rowid = ?')
    this.insertRow = db.prepare('INSERT INTO notes_fts (rowid, title, body) VALUES (?, ?, ?)')
    // A title word counts five times one in the text; deleted notes are left out.
    this.selectRanked = db.prepare(`
      SELECT f.rowid AS id, -bm25(notes_fts, 5.0, 1.0) AS score
      FROM notes_fts f JOIN notes n ON n.id = f.rowid AND n.deleted_at IS NULL
      WHERE notes_fts MATCH ? ORDER BY bm25(notes_fts, 5.0, 1.0), f.rowid DESC LIMIT ?`)
    this.selectPlainText = db.prepare(
      'SELECT title, plain_text FROM notes WHERE id = ? AND deleted_at IS NULL',
    )
  }

  put(id: number, title: string, plainText: string): void {
    this.deleteRow.run(id)
    this.insertRow.run(id, normaliseForSearch(title), normaliseForSearch(plainText))
  }

  /** Re-reads the note's stored title and text into the index. */
  refresh(id: number): void {
    const row = this.selectPlainText.get(id) as { title: string; plain_text: string } | undefined
    if (row) this.put(id, row.title, row.plain_text)
    else this.remove(id)
  }

  remove(id: number): void {
    this.deleteRow.run(id)
  }

  /** The best live notes for an FTS5 expression; undefined when FTS5 refuses it. */
  ranked(expression: string, limit: number): RankedNote[] | undefined {
    try {
      return this.selectRanked.all(expression, limit) as RankedNote[]
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_ERROR') return undefined
      throw error
    }
  }
}
