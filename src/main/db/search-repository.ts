// The SQL of searching: the ranked matches from the full-text index, and what
// a hit needs to show its snippet. Writes to the index go through SearchIndex.
import type { Database, Statement } from 'better-sqlite3'

/**
 * bm25 weights of the index's columns (title, body, meta): a word in the
 * title counts eight times one in the text; authors, publisher, URL and tags
 * three times.
 */
export const RANK_FUNCTION = 'bm25(sources_fts, 8.0, 1.0, 3.0)'

/**
 * How many matches are ranked at most: a query matching more sources is
 * ranked among its newest this many (by import). bm25 costs about a
 * microsecond per match, so over 100,000 sources this keeps the broadest
 * queries ("the", "cle*") near 10 ms of CPU instead of 60-100. A library of
 * fewer sources, and any query matching fewer, is ranked exactly. (A phrase
 * also pays a pass over the whole index in which bm25 counts its documents.)
 */
export const RANK_WINDOW = 10_000

/**
 * The hot query. FTS5 streams matches newest first (a native order, no sort),
 * bm25 ranks at most @window of them, a small heap keeps the best
 * @candidates (ORDER BY rank would sort every match), and only those few are
 * looked up by primary key to drop deleted sources. @candidates is the limit
 * plus the number of deleted sources, so enough remain. bm25 is lower for
 * better matches; the score is its negation.
 */
export const RANKED_MATCHES_SQL = `
  SELECT best.id AS id, -best.rank AS score
  FROM (
    SELECT recent.id AS id, recent.rank AS rank
    FROM (
      SELECT rowid AS id, ${RANK_FUNCTION} AS rank
      FROM sources_fts WHERE sources_fts MATCH @expression
      ORDER BY rowid DESC LIMIT @window
    ) AS recent
    ORDER BY recent.rank, recent.id DESC LIMIT @candidates
  ) AS best
  JOIN sources s ON s.id = best.id AND s.deleted_at IS NULL
  ORDER BY best.rank, best.id DESC
  LIMIT @limit`

/** Sources deleted but not yet purged (deleted_at and deletion_batch are set together). */
export const DELETED_COUNT_SQL = 'SELECT count(*) AS n FROM sources WHERE deletion_batch IS NOT NULL'

/** Everything a hit's snippet may be cut from: the text, the title, the metadata. */
export const HIT_DOCUMENT_SQL = `
  SELECT s.id AS id, s.title AS title, c.text AS text, s.authors AS authors, s.publisher AS publisher,
    s.url AS url,
    (SELECT json_group_array(t.name ORDER BY t.name COLLATE NOCASE)
       FROM source_tags st JOIN tags t ON t.id = st.tag_id WHERE st.source_id = s.id) AS tags
  FROM sources s JOIN source_content c ON c.source_id = s.id
  WHERE s.id = ?`

/** The index's own word list, to look up the words a prefix stands for. */
const VOCABULARY_TABLE_SQL =
  'CREATE VIRTUAL TABLE IF NOT EXISTS temp.sources_fts_words USING fts5vocab(main, sources_fts, row)'
export const WORDS_STARTING_WITH_SQL =
  'SELECT term FROM temp.sources_fts_words WHERE term >= ? AND term < ? LIMIT ?'

export interface RankedMatch {
  id: number
  /** Higher is better. */
  score: number
}

export interface HitDocument {
  id: number
  title: string
  text: string
  authors: string[]
  publisher: string | null
  url: string | null
  tags: string[]
}

interface HitDocumentRow extends Omit<HitDocument, 'authors' | 'tags'> {
  authors: string
  tags: string
}

export class SearchRepository {
  private readonly selectRanked: Statement
  private readonly selectDeletedCount: Statement
  private readonly selectDocument: Statement
  private readonly selectWords: Statement

  constructor(
    db: Database,
    private readonly rankWindow = RANK_WINDOW,
  ) {
    this.selectRanked = db.prepare(RANKED_MATCHES_SQL)
    this.selectDeletedCount = db.prepare(DELETED_COUNT_SQL)
    this.selectDocument = db.prepare(HIT_DOCUMENT_SQL)
    // A temp table: the connection's own, nothing is written to the library.
    db.exec(VOCABULARY_TABLE_SQL)
    this.selectWords = db.prepare(WORDS_STARTING_WITH_SQL).pluck()
  }

  /**
   * The best `limit` live sources for an FTS5 expression, best first; undefined
   * when FTS5 refuses the expression (the caller falls back to plainer words).
   */
  rankedMatches(expression: string, limit: number): RankedMatch[] | undefined {
    try {
      const deleted = (this.selectDeletedCount.get() as { n: number }).n
      return this.selectRanked.all({
        expression,
        limit,
        candidates: limit + deleted,
        window: Math.max(this.rankWindow, limit + deleted),
      }) as RankedMatch[]
    } catch (error) {
      // Syntax and complexity errors come back as plain SQLITE_ERROR; anything
      // else (a damaged file, say) is not the query's fault and goes up.
      if ((error as { code?: string }).code === 'SQLITE_ERROR') return undefined
      throw error
    }
  }

  /** Up to `max + 1` of the index's words that start with `prefix`, in order. */
  wordsStartingWith(prefix: string, max: number): string[] {
    // Every word starting with the prefix sorts before the prefix with its last unit raised.
    const next = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)
    return this.selectWords.all(prefix, next, max + 1) as string[]
  }

  document(id: number): HitDocument | undefined {
    const row = this.selectDocument.get(id) as HitDocumentRow | undefined
    if (!row) return undefined
    return { ...row, authors: JSON.parse(row.authors) as string[], tags: JSON.parse(row.tags) as string[] }
  }
}
