import type { Database } from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../test-support/temp-dir'
import { openDatabase } from '../open-library'
import { SourcesRepository } from '../sources-repository'
import { MIGRATIONS } from './index'
import { migration006Ties } from './006-ties'

const tempDir = useTempDir()
const now = '2025-11-24T10:00:00.000Z'
const THROUGH_5 = MIGRATIONS.slice(0, 5)
const THROUGH_6 = [...THROUGH_5, migration006Ties]

function insertEntity(db: Database, name: string): number {
  return Number(
    db
      .prepare("INSERT INTO entities (type, name, created_at, updated_at) VALUES ('organisation', ?, ?, ?)")
      .run(name, now, now).lastInsertRowid,
  )
}

async function libraryAtVersion5(): Promise<{
  path: string
  sourceId: number
  passageId: number
  ids: number[]
}> {
  const path = join(tempDir(), 'old.weft')
  const db = await openDatabase(path, { create: true, migrations: THROUGH_5 })
  const sourceId = new SourcesRepository(db).insert({
    title: 'Joint operation',
    kind: 'article',
    fileName: 'op.txt',
    mediaType: 'text/plain',
    contentHash: 'hash-1',
    text: 'CENTCOM and the Interior Ministry destroyed weapons depots.',
    blocks: [],
    original: new TextEncoder().encode('x'),
  })
  const ids = [insertEntity(db, 'CENTCOM'), insertEntity(db, 'Interior Ministry')]
  const passageId = Number(
    db
      .prepare(
        `INSERT INTO passages (source_id, start, "end", exact, content_hash, created_at, updated_at)
         VALUES (?, 0, 7, 'CENTCOM', 'hash-1', ?, ?)`,
      )
      .run(sourceId, now, now).lastInsertRowid,
  )
  db.close()
  return { path, sourceId, passageId, ids }
}

describe('migration 6: ties and the network', () => {
  it('keeps a version 5 library and adds ties, their types, evidence, suggestions and views', async () => {
    const { path, passageId, ids } = await libraryAtVersion5()
    const db = await openDatabase(path, { migrations: THROUGH_6 })
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(6)
      expect(db.prepare('SELECT name FROM entities ORDER BY id').pluck().all()).toEqual([
        'CENTCOM',
        'Interior Ministry',
      ])
      const types = db.prepare('SELECT name, color, directed FROM tie_types ORDER BY position').all()
      expect(types.map((type) => (type as { name: string }).name)).toEqual([
        'joint operation',
        'intelligence sharing',
        'coordination',
        'membership',
        'joint body',
        'support or advocacy',
        'pressure or demand',
        'attack',
        'counter-terrorism action',
        'rivalry',
        'part of',
      ])
      expect(types[3]).toEqual({ name: 'membership', color: '#8a5cc2', directed: 1 })

      const tieId = Number(
        db
          .prepare(
            `INSERT INTO ties (from_id, to_id, type, start_date, end_date, created_at, updated_at)
             VALUES (?, ?, 'joint operation', '2025-11-24', '2025-11-27', ?, ?)`,
          )
          .run(ids[0], ids[1], now, now).lastInsertRowid,
      )
      db.prepare('INSERT INTO tie_evidence (tie_id, passage_id, added_at) VALUES (?, ?, ?)').run(
        tieId,
        passageId,
        now,
      )
      // A tie joins two actors, of a known type; renaming the type renames it on the tie.
      expect(() =>
        db
          .prepare(
            "INSERT INTO ties (from_id, to_id, type, created_at, updated_at) VALUES (?, ?, 'coordination', ?, ?)",
          )
          .run(ids[0], ids[0], now, now),
      ).toThrow(/CHECK/)
      expect(() =>
        db
          .prepare(
            "INSERT INTO ties (from_id, to_id, type, created_at, updated_at) VALUES (?, ?, 'friendship', ?, ?)",
          )
          .run(ids[0], ids[1], now, now),
      ).toThrow(/FOREIGN KEY/)
      db.prepare("UPDATE tie_types SET name = 'joint raid' WHERE name = 'joint operation'").run()
      expect(db.prepare('SELECT type FROM ties WHERE id = ?').pluck().get(tieId)).toBe('joint raid')
      // Evidence goes with its passage; the tie goes with its actor.
      db.prepare('DELETE FROM passages WHERE id = ?').run(passageId)
      expect(db.prepare('SELECT count(*) FROM tie_evidence').pluck().get()).toBe(0)
      db.prepare('DELETE FROM entities WHERE id = ?').run(ids[1])
      expect(db.prepare('SELECT count(*) FROM ties').pluck().get()).toBe(0)
    } finally {
      db.close()
    }
  })

  it('is the sixth migration, after notes', () => {
    expect(migration006Ties.version).toBe(6)
    expect(THROUGH_5.map((migration) => migration.version)).toEqual([1, 2, 3, 4, 5])
  })
})
