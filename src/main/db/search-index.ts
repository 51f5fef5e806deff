// The full-text index over sources. Every write to the index goes through
// here, so the way it is stored can change in one place.
import type { Database, Statement } from 'better-sqlite3'

/** What the index holds for one source. */
export interface IndexedSource {
  id: number
  title: string
  body: string
  /** Authors, publisher, URL and tags, space-separated. */
  meta: string
}

export class SearchIndex {
  private readonly insertRow: Statement
  private readonly deleteRow: Statement

  constructor(db: Database) {
    this.insertRow = db.prepare('INSERT INTO sources_fts (rowid, title, body) VALUES (?, ?, ?)')
    // External content: a delete must repeat the values that were indexed.
    this.deleteRow = db.prepare(
      "INSERT INTO sources_fts (sources_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
    )
  }

  add(doc: IndexedSource): void {
    this.insertRow.run(doc.id, doc.title, doc.body)
  }

  remove(doc: IndexedSource): void {
    this.deleteRow.run(doc.id, doc.title, doc.body)
  }

  replace(previous: IndexedSource, next: IndexedSource): void {
    this.remove(previous)
    this.add(next)
  }
}
