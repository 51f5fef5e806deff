// The full-text index over sources. Every write to the index goes through
// here, so the way it is stored can change in one place. What is indexed is
// the normalised form of each field (see @shared/text/search-normalise); the
// original text stays in source_content and snippets are cut from it.
import type { Database, Statement } from 'better-sqlite3'
import { normaliseForSearch } from '@shared/text/search-normalise'

/** What the index holds for one source. */
export interface IndexedSource {
  id: number
  title: string
  body: string
  /** Authors, publisher, URL and tags, space-separated. */
  meta: string
}

/**
 * The metadata words of a source as SourcesRepository hands them to add():
 * authors, publisher, URL, then tags by name, space-separated.
 */
export function searchMetaText(
  authors: readonly string[],
  publisher: string | null,
  url: string | null,
  tags: readonly string[],
): string {
  return [...authors, publisher ?? '', url ?? '', ...tags].filter(Boolean).join(' ')
}

/**
 * The SQL functions the index's content view (source_search_content) calls.
 * Every connection that rebuilds or checks the index needs them: the library
 * registers them on open, migration 3 while migrating. (The view cannot use
 * json_each: FTS5 refuses table-valued functions in a content table it rebuilds.)
 */
export function registerSearchTextFunction(db: Database): void {
  db.function('weft_search_text', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? normaliseForSearch(text) : '',
  )
  db.function(
    'weft_search_meta',
    { deterministic: true },
    (authorsJson: unknown, publisher: unknown, url: unknown, tags: unknown) =>
      normaliseForSearch(
        searchMetaText(
          typeof authorsJson === 'string' ? (JSON.parse(authorsJson) as string[]) : [],
          typeof publisher === 'string' ? publisher : null,
          typeof url === 'string' ? url : null,
          typeof tags === 'string' ? [tags] : [],
        ),
      ),
  )
}

export class SearchIndex {
  private readonly insertRow: Statement
  private readonly deleteRow: Statement
  private readonly command: Statement

  constructor(db: Database) {
    registerSearchTextFunction(db)
    this.insertRow = db.prepare('INSERT INTO sources_fts (rowid, title, body, meta) VALUES (?, ?, ?, ?)')
    // External content: a delete must repeat the values that were indexed.
    this.deleteRow = db.prepare(
      "INSERT INTO sources_fts (sources_fts, rowid, title, body, meta) VALUES ('delete', ?, ?, ?, ?)",
    )
    this.command = db.prepare('INSERT INTO sources_fts (sources_fts, rank) VALUES (?, ?)')
  }

  add(doc: IndexedSource): void {
    this.insertRow.run(...normalisedFields(doc))
  }

  remove(doc: IndexedSource): void {
    this.deleteRow.run(...normalisedFields(doc))
  }

  replace(previous: IndexedSource, next: IndexedSource): void {
    this.remove(previous)
    this.add(next)
  }

  /** Re-creates the whole index from the stored text (weft check --repair). */
  rebuild(): void {
    this.command.run('rebuild', null)
  }

  /**
   * Merges the index into one segment: after a large import, queries over
   * common words then read one list per word instead of many.
   */
  optimize(): void {
    this.command.run('optimize', null)
  }
}

function normalisedFields(doc: IndexedSource): [number, string, string, string] {
  return [doc.id, normaliseForSearch(doc.title), normaliseForSearch(doc.body), normaliseForSearch(doc.meta)]
}
