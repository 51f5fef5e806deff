// The shape of one numbered schema migration.
import type { Database } from 'better-sqlite3'

export interface Migration {
  /** Equals the file's number; the library's PRAGMA user_version after it runs. */
  version: number
  name: string
  up(db: Database): void
}
