import Database from 'better-sqlite3'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../test-support/temp-dir'
import { WEFT_APPLICATION_ID } from './library-header'
import { Library } from './library'
import { MIGRATIONS } from './migrations'
import type { Migration } from './migrations/migration'
import { openDatabase } from './open-library'

const tempDir = useTempDir()

function sampleSource(title: string, hash: string) {
  return {
    title,
    kind: 'other' as const,
    fileName: `${title}.txt`,
    mediaType: 'text/plain',
    contentHash: hash,
    text: `${title} body`,
    blocks: [{ kind: 'paragraph' as const, start: 0, end: title.length + 5 }],
    original: new Uint8Array([1, 2, 3]),
  }
}

describe('openDatabase', () => {
  it('creates a new library in WAL mode with foreign keys, the schema version and our application id', async () => {
    const path = join(tempDir(), 'nested', 'new.weft')
    const db = await openDatabase(path, { create: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(db.pragma('application_id', { simple: true })).toBe(WEFT_APPLICATION_ID)
    db.close()
  })

  it('refuses a missing file unless asked to create it', async () => {
    await expect(openDatabase(join(tempDir(), 'absent.weft'))).rejects.toMatchObject({ code: 'not_found' })
  })

  it('refuses a library from a newer Weft and leaves its bytes untouched', async () => {
    const path = join(tempDir(), 'future.weft')
    const future = new Database(path)
    future.pragma(`application_id = ${WEFT_APPLICATION_ID}`)
    future.exec('CREATE TABLE things (x); INSERT INTO things VALUES (1)')
    future.pragma(`user_version = ${MIGRATIONS.length + 5}`)
    future.close()
    const before = readFileSync(path)
    await expect(openDatabase(path)).rejects.toMatchObject({
      code: 'library_newer',
      message: expect.stringMatching(
        /newer version of Weft .*Update Weft to open it\. The file was not changed\./,
      ),
    })
    expect(readFileSync(path).equals(before)).toBe(true)
    expect(readdirSync(tempDir())).toEqual(['future.weft'])
  })

  it('refuses files that are not libraries without changing them', async () => {
    const garbage = join(tempDir(), 'garbage.weft')
    writeFileSync(
      garbage,
      'this is not a database, just some text that is long enough to fill a header '.repeat(3),
    )
    await expect(openDatabase(garbage)).rejects.toMatchObject({ code: 'not_a_library' })

    const foreign = join(tempDir(), 'foreign.sqlite')
    const other = new Database(foreign)
    other.exec('CREATE TABLE contacts (name)')
    other.close()
    const before = readFileSync(foreign)
    await expect(openDatabase(foreign)).rejects.toMatchObject({ code: 'not_a_library' })
    expect(readFileSync(foreign).equals(before)).toBe(true)

    await expect(openDatabase(tempDir())).rejects.toMatchObject({ code: 'not_a_library' })
  })

  it('reports a damaged library clearly', async () => {
    const path = join(tempDir(), 'damaged.weft')
    const library = await Library.open(path, { create: true })
    library.sources.inTransaction(() => {
      for (let i = 0; i < 200; i += 1) library.sources.insert(sampleSource(`Source ${i}`, `hash-${i}`))
    })
    library.close()
    const bytes = readFileSync(path)
    // Keep the header, scribble over the pages that hold the schema and data.
    bytes.fill(0xa5, 100, bytes.length)
    writeFileSync(path, bytes)
    await expect(openDatabase(path)).rejects.toMatchObject({
      code: expect.stringMatching(/library_corrupt|not_a_library/),
      message: expect.stringContaining('damaged.weft'),
    })
  })

  it('backs up before migrating and runs pending migrations in one transaction', async () => {
    const path = join(tempDir(), 'upgrade.weft')
    const v1 = await Library.open(path, { create: true })
    v1.sources.insert(sampleSource('Kept', 'h1'))
    v1.close()

    const addNotes: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'test notes',
      up: (db) => db.exec('CREATE TABLE test_notes (id INTEGER PRIMARY KEY, body TEXT)'),
    }
    let backupPath = ''
    const db = await openDatabase(path, {
      migrations: [...MIGRATIONS, addNotes],
      onBackup: (p) => (backupPath = p),
    })
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1)
    expect(db.prepare('SELECT title FROM sources').all()).toEqual([{ title: 'Kept' }])
    db.close()

    expect(existsSync(backupPath)).toBe(true)
    const backup = new Database(backupPath, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(backup.prepare('SELECT title FROM sources').all()).toEqual([{ title: 'Kept' }])
    backup.close()
  })

  it('rolls back every pending migration when one fails', async () => {
    const path = join(tempDir(), 'rollback.weft')
    ;(await Library.open(path, { create: true })).close()
    const good: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'good',
      up: (db) => db.exec('CREATE TABLE extra (x)'),
    }
    const bad: Migration = {
      version: MIGRATIONS.length + 2,
      name: 'bad',
      up: () => {
        throw new Error('migration failed')
      },
    }
    await expect(openDatabase(path, { migrations: [...MIGRATIONS, good, bad] })).rejects.toThrow(
      'migration failed',
    )
    const db = await openDatabase(path)
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeUndefined()
    db.close()
  })
})

describe('migrations', () => {
  it('are numbered 1..N in order, each file matching its number', () => {
    MIGRATIONS.forEach((migration, index) => expect(migration.version).toBe(index + 1))
    const files = readdirSync(join(__dirname, 'migrations')).filter(
      (file) => /^\d{3}-.*\.ts$/.test(file) && !file.endsWith('.test.ts'),
    )
    expect(files.map((file) => Number(file.slice(0, 3)))).toEqual(
      MIGRATIONS.map((migration) => migration.version),
    )
  })
})
