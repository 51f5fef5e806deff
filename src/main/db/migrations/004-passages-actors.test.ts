import type { Database } from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../test-support/temp-dir'
import { openDatabase } from '../open-library'
import { MIGRATIONS } from './index'

const tempDir = useTempDir()
const now = '2025-11-24T10:00:00.000Z'

async function libraryAtVersion3WithASource(): Promise<{ path: string; sourceId: number }> {
  const path = join(tempDir(), 'old.weft')
  const db = await openDatabase(path, { create: true, migrations: MIGRATIONS.slice(0, 3) })
  // Raw rows: today's repository expects today's schema (passages included).
  const sourceId = Number(
    db
      .prepare(
        `INSERT INTO sources (title, kind, file_name, media_type, byte_size, content_hash, imported_at, updated_at)
         VALUES ('Joint operation', 'article', 'op.txt', 'text/plain', 1, 'hash-1', ?, ?)`,
      )
      .run(now, now).lastInsertRowid,
  )
  db.prepare("INSERT INTO source_content (source_id, text, blocks, original) VALUES (?, ?, '[]', x'78')").run(
    sourceId,
    'CENTCOM and the Interior Ministry destroyed weapons depots.',
  )
  db.close()
  return { path, sourceId }
}

function insertEntity(db: Database, name: string, type = 'organisation', parentId: number | null = null) {
  return Number(
    db
      .prepare('INSERT INTO entities (type, name, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(type, name, parentId, now, now).lastInsertRowid,
  )
}

function insertPassage(db: Database, sourceId: number, start: number, end: number) {
  return Number(
    db
      .prepare(
        `INSERT INTO passages (source_id, start, "end", exact, content_hash, created_at, updated_at)
         VALUES (?, ?, ?, 'x', 'hash-1', ?, ?)`,
      )
      .run(sourceId, start, end, now, now).lastInsertRowid,
  )
}

describe('migration 4: passages and actors', () => {
  it('keeps the sources of a version 3 library and adds passages, actors and mentions', async () => {
    const { path, sourceId } = await libraryAtVersion3WithASource()
    const db = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 4) })
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(4)
      expect(db.prepare('SELECT title FROM sources WHERE id = ?').get(sourceId)).toEqual({
        title: 'Joint operation',
      })
      const types = db.prepare('SELECT name FROM entity_types ORDER BY position').pluck().all()
      expect(types).toEqual([
        'person',
        'organisation',
        'government body',
        'armed group',
        'country',
        'place',
        'event',
        'other',
      ])

      // Every source waits to be scanned for mentions: the old one, and new or changed ones (triggers).
      const queue = () =>
        db.prepare('SELECT source_id FROM mention_scan_queue ORDER BY source_id').pluck().all()
      expect(queue()).toEqual([sourceId])
      db.prepare('DELETE FROM mention_scan_queue').run()
      db.prepare("UPDATE sources SET title = 'Renamed' WHERE id = ?").run(sourceId)
      expect(queue()).toEqual([])
      db.prepare("UPDATE sources SET content_hash = 'hash-2' WHERE id = ?").run(sourceId)
      expect(queue()).toEqual([sourceId])
      db.prepare("UPDATE sources SET content_hash = 'hash-1' WHERE id = ?").run(sourceId)

      const ministry = insertEntity(db, 'Interior Ministry', 'government body')
      const directorate = insertEntity(db, 'General Security Directorate', 'government body', ministry)
      db.prepare(
        "INSERT INTO aliases (entity_id, name, kind, created_at) VALUES (?, 'Ministry of Interior', 'former name', ?)",
      ).run(ministry, now)
      const passage = insertPassage(db, sourceId, 12, 33)
      db.prepare('INSERT INTO mentions (passage_id, entity_id) VALUES (?, ?)').run(passage, ministry)
      db.prepare(
        `INSERT INTO mention_suggestions (entity_id, source_id, start, "end", exact, alias)
         VALUES (?, ?, 12, 33, 'Interior Ministry', 'Interior Ministry')`,
      ).run(ministry, sourceId)

      // Constraints: spans, types, kinds, statuses, self-parents, duplicate aliases.
      expect(() => insertPassage(db, sourceId, 10, 10)).toThrow(/CHECK/)
      expect(() => insertPassage(db, sourceId, -1, 3)).toThrow(/CHECK/)
      expect(() => insertEntity(db, 'Nobody', 'spaceship')).toThrow(/FOREIGN KEY/)
      expect(insertEntity(db, 'Upper case type', 'Person')).toBeGreaterThan(0)
      expect(() =>
        db
          .prepare("INSERT INTO aliases (entity_id, name, kind, created_at) VALUES (?, 'X', 'slogan', ?)")
          .run(ministry, now),
      ).toThrow(/CHECK/)
      expect(() =>
        db
          .prepare(
            "INSERT INTO aliases (entity_id, name, kind, created_at) VALUES (?, 'Ministry of Interior', 'name', ?)",
          )
          .run(ministry, now),
      ).toThrow(/UNIQUE/)
      expect(() => db.prepare('UPDATE entities SET parent_id = id WHERE id = ?').run(ministry)).toThrow(
        /CHECK/,
      )
      expect(() => db.prepare("UPDATE passages SET status = 'lost' WHERE id = ?").run(passage)).toThrow(
        /CHECK/,
      )

      // Cascades: deleting the parent frees the child; deleting the actor drops its
      // aliases, mentions and suggestions but not the passage (evidence of the source).
      db.prepare('DELETE FROM entities WHERE id = ?').run(ministry)
      expect(db.prepare('SELECT parent_id FROM entities WHERE id = ?').pluck().get(directorate)).toBeNull()
      expect(db.prepare('SELECT count(*) FROM aliases').pluck().get()).toBe(0)
      expect(db.prepare('SELECT count(*) FROM mentions').pluck().get()).toBe(0)
      expect(db.prepare('SELECT count(*) FROM mention_suggestions').pluck().get()).toBe(0)
      expect(db.prepare('SELECT count(*) FROM passages').pluck().get()).toBe(1)

      // Deleting the source drops its passages, their mentions and its scan record.
      db.prepare('INSERT INTO mentions (passage_id, entity_id) VALUES (?, ?)').run(passage, directorate)
      db.prepare("INSERT INTO mention_scans VALUES (?, 'hash-1', ?, NULL)").run(sourceId, now)
      db.prepare('DELETE FROM sources WHERE id = ?').run(sourceId)
      expect(db.prepare('SELECT count(*) FROM passages').pluck().get()).toBe(0)
      expect(db.prepare('SELECT count(*) FROM mentions').pluck().get()).toBe(0)
      expect(db.prepare('SELECT count(*) FROM mention_scans').pluck().get()).toBe(0)
      expect(queue()).toEqual([])
      expect(db.pragma('foreign_key_check')).toEqual([])
    } finally {
      db.close()
    }
  })
})
