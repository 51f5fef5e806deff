// Opens (or creates) a library file: refuses files that are not Weft
// libraries or come from a newer Weft without touching them, backs up before
// migrating, and runs pending migrations in one transaction.
import Database from 'better-sqlite3'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { WeftError } from '../core/weft-error'
import { readLibraryHeader, WEFT_APPLICATION_ID } from './library-header'
import { MIGRATIONS } from './migrations'
import type { Migration } from './migrations/migration'
import { toLibraryError } from './sqlite-errors'

export interface OpenLibraryOptions {
  /** Create the file when it does not exist (the default library, `weft init`). */
  create?: boolean
  /** Path to a better-sqlite3 binding built for this runtime (the desktop app's Electron build). */
  nativeBinding?: string
  /** Called with the backup's path when a backup was taken before migrating. */
  onBackup?: (backupPath: string) => void
  /** The schema to reach; tests pass a longer list to exercise upgrades. */
  migrations?: readonly Migration[]
}

export async function openDatabase(
  path: string,
  options: OpenLibraryOptions = {},
): Promise<Database.Database> {
  const exists = existsSync(path)
  if (!exists && !options.create) {
    throw new WeftError('not_found', `No library at ${path}. Create one with: weft --library "${path}" init`)
  }
  const migrations = options.migrations ?? MIGRATIONS
  const latest = migrations.length
  if (exists) refuseForeignOrNewer(path, latest)
  else mkdirSync(dirname(path), { recursive: true })

  let db: Database.Database
  try {
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  } catch (error) {
    throw toLibraryError(error, path)
  }
  try {
    const version = readVersionChecked(db, path, latest)
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = NORMAL')
    db.pragma('busy_timeout = 5000')
    if (version < latest) {
      if (version > 0) options.onBackup?.(await backupBeforeMigrating(db, path, version))
      migrate(db, migrations, version)
    }
    return db
  } catch (error) {
    db.close()
    throw toLibraryError(error, path)
  }
}

function refuseForeignOrNewer(path: string, latest: number): void {
  if (statSync(path).isDirectory()) {
    throw new WeftError('not_a_library', `${path} is a folder, not a library file.`)
  }
  const header = readLibraryHeader(path)
  if (header.length === 0) return // An empty file is an empty SQLite database: initialise it.
  if (!header.isSqlite) {
    throw new WeftError(
      'not_a_library',
      `${basename(path)} is not a Weft library (it is not an SQLite database, or its header is damaged). The file was not changed.`,
    )
  }
  if (header.applicationId !== 0 && header.applicationId !== WEFT_APPLICATION_ID) {
    throw new WeftError(
      'not_a_library',
      `${basename(path)} is an SQLite database from another program, not a Weft library.`,
    )
  }
  if (header.userVersion > latest) throw newerLibraryError(path, header.userVersion, latest)
}

function readVersionChecked(db: Database.Database, path: string, latest: number): number {
  const version = db.pragma('user_version', { simple: true }) as number
  const applicationId = db.pragma('application_id', { simple: true }) as number
  if (version > latest) throw newerLibraryError(path, version, latest)
  if (applicationId === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
      n: number
    }
    if (tables.n > 0) {
      throw new WeftError(
        'not_a_library',
        `${basename(path)} is an SQLite database from another program, not a Weft library.`,
      )
    }
  } else if (applicationId !== WEFT_APPLICATION_ID) {
    throw new WeftError(
      'not_a_library',
      `${basename(path)} is an SQLite database from another program, not a Weft library.`,
    )
  }
  return version
}

function newerLibraryError(path: string, version: number, latest: number): WeftError {
  return new WeftError(
    'library_newer',
    `${basename(path)} was written by a newer version of Weft (library format ${version}; this Weft reads up to ${latest}). Update Weft to open it. The file was not changed.`,
  )
}

async function backupBeforeMigrating(db: Database.Database, path: string, version: number): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const backupPath = `${path}.v${version}-${stamp}.backup`
  await db.backup(backupPath)
  return backupPath
}

function migrate(db: Database.Database, migrations: readonly Migration[], fromVersion: number): void {
  const pending = migrations.filter((migration) => migration.version > fromVersion)
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    }
    db.pragma(`application_id = ${WEFT_APPLICATION_ID}`)
  }).immediate()
}
