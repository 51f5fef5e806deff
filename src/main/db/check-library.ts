// `weft check`: SQLite's own integrity check, foreign keys, and the FTS index.
import type { Library } from './library'

export interface CheckReport {
  ok: boolean
  problems: string[]
  checked: string[]
}

export function checkLibrary(library: Library): CheckReport {
  const { db } = library
  const problems: string[] = []
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[]
  const integrityMessages = integrity.map((row) => row.integrity_check).filter((message) => message !== 'ok')
  problems.push(...integrityMessages.map((message) => `integrity: ${message}`))
  const foreignKeys = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]
  problems.push(
    ...foreignKeys.map(
      (row) => `foreign key: ${row.table} row ${row.rowid} points to a missing ${row.parent}`,
    ),
  )
  try {
    db.prepare("INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)").run()
  } catch (error) {
    problems.push(`search index: ${(error as Error).message}. Rebuild it with "weft check --repair".`)
  }
  return {
    ok: problems.length === 0,
    problems,
    checked: ['SQLite integrity', 'foreign keys', 'search index'],
  }
}

/** Rebuilds the full-text index from the stored text. */
export function rebuildSearchIndex(library: Library): void {
  library.db.prepare("INSERT INTO sources_fts (sources_fts) VALUES ('rebuild')").run()
}
