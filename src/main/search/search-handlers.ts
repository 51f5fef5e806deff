// Full-text search over the library.
import type { WeftCore } from '../core/weft-core'
import type { PartialHandlerTable } from '../core/handler-registry'

export function searchHandlers(core: WeftCore): PartialHandlerTable {
  return {
    // TODO(search): the real search service replaces this direct FTS5 query.
    'search:query': ({ query, limit }) => {
      const started = performance.now()
      const rows = core.current.db
        .prepare(
          `SELECT f.rowid AS sourceId, s.title AS title, snippet(sources_fts, 1, '', '', '…', 12) AS snippet, -rank AS score
           FROM sources_fts f JOIN sources s ON s.id = f.rowid AND s.deleted_at IS NULL
           WHERE sources_fts MATCH ? ORDER BY rank LIMIT ?`,
        )
        .all(query, limit) as { sourceId: number; title: string; snippet: string; score: number }[]
      const tookMs = performance.now() - started
      return {
        query,
        hits: rows.map((row) => ({ ...row, highlights: [], match: null })),
        tookMs,
        ftsMs: tookMs,
      }
    },
  }
}
