// The SQL notes need about passages: finding ones to quote (by words of their
// text or their source's title) and reading quoted ones as they are now, each
// with what its citation needs from the source.
import type { Database, Statement } from 'better-sqlite3'
import type { QuotablePassage } from '@shared/notes'

interface QuotableRow {
  id: number
  start: number
  end: number
  exact: string
  source_id: number
  title: string
  authors: string
  publisher: string | null
  published_date: string | null
  url: string | null
}

const COLUMNS = `p.id, p.start, p."end", p.exact, s.id AS source_id, s.title, s.authors, s.publisher,
  s.published_date, s.url`
const LIVE = 'p.deleted_at IS NULL AND s.deleted_at IS NULL'
/** More words than this in a picker query add nothing but cost. */
const MAX_WORDS = 8

export class QuotablePassagesRepository {
  private readonly selectRecent: Statement
  private readonly selectByIds: Statement
  private readonly matching = new Map<number, Statement>()

  constructor(private readonly db: Database) {
    this.selectRecent = db.prepare(`
      SELECT ${COLUMNS} FROM passages p JOIN sources s ON s.id = p.source_id
      WHERE ${LIVE} ORDER BY p.created_at DESC, p.id DESC LIMIT ?`)
    this.selectByIds = db.prepare(`
      SELECT ${COLUMNS} FROM passages p JOIN sources s ON s.id = p.source_id
      WHERE p.id IN (SELECT value FROM json_each(?)) AND ${LIVE}`)
  }

  /** Passages whose text or source title holds every word (case-insensitive), newest first. */
  find(query: string, limit: number): QuotablePassage[] {
    const words = query.trim().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS)
    if (words.length === 0) return (this.selectRecent.all(limit) as QuotableRow[]).map(toQuotable)
    const patterns = words.flatMap((word) => {
      const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      return [pattern, pattern]
    })
    return (this.statementFor(words.length).all(...patterns, limit) as QuotableRow[]).map(toQuotable)
  }

  /** The live passages among `ids`; deleted ones (or ones whose source was deleted) are missing. */
  byIds(ids: readonly number[]): QuotablePassage[] {
    if (ids.length === 0) return []
    return (this.selectByIds.all(JSON.stringify(ids)) as QuotableRow[]).map(toQuotable)
  }

  private statementFor(wordCount: number): Statement {
    let statement = this.matching.get(wordCount)
    if (!statement) {
      const conditions = Array.from(
        { length: wordCount },
        () => "(p.exact LIKE ? ESCAPE '\\' OR s.title LIKE ? ESCAPE '\\')",
      ).join(' AND ')
      statement = this.db.prepare(`
        SELECT ${COLUMNS} FROM passages p JOIN sources s ON s.id = p.source_id
        WHERE ${LIVE} AND ${conditions} ORDER BY p.created_at DESC, p.id DESC LIMIT ?`)
      this.matching.set(wordCount, statement)
    }
    return statement
  }
}

function toQuotable(row: QuotableRow): QuotablePassage {
  return {
    passageId: row.id,
    start: row.start,
    end: row.end,
    exact: row.exact,
    citation: {
      sourceId: row.source_id,
      title: row.title,
      authors: JSON.parse(row.authors) as string[],
      publisher: row.publisher,
      publishedDate: row.published_date,
      url: row.url,
    },
  }
}
