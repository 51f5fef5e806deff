import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../test-support/temp-dir'
import { openDatabase } from '../open-library'
import { SourcesRepository } from '../sources-repository'
import { MIGRATIONS } from './index'

const tempDir = useTempDir()
const now = '2025-11-24T10:00:00.000Z'

describe('migration 5: notes', () => {
  it('keeps a version 4 library and adds notes, versions, links and their index', async () => {
    const path = join(tempDir(), 'old.weft')
    const old = await openDatabase(path, { create: true, migrations: MIGRATIONS.slice(0, 4) })
    const sourceId = new SourcesRepository(old).insert({
      title: 'Joint operation',
      kind: 'article',
      fileName: 'op.txt',
      mediaType: 'text/plain',
      contentHash: 'hash-1',
      text: 'CENTCOM and the Interior Ministry destroyed weapons depots.',
      blocks: [],
      original: new TextEncoder().encode('x'),
    })
    old
      .prepare('INSERT INTO entities (type, name, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run('organisation', 'CENTCOM', now, now)
    old.close()

    const db = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 5) })
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(5)
      expect(db.prepare('SELECT title FROM sources WHERE id = ?').get(sourceId)).toEqual({
        title: 'Joint operation',
      })
      expect(db.prepare('SELECT name FROM entities').pluck().all()).toEqual(['CENTCOM'])

      const noteId = Number(
        db
          .prepare('INSERT INTO notes (title, content, created_at, updated_at) VALUES (?, ?, ?, ?)')
          .run('Why the Interior Ministry', '{"root":{}}', now, now).lastInsertRowid,
      )
      db.prepare("INSERT INTO note_links (note_id, kind, target_id) VALUES (?, 'entity', 1)").run(noteId)
      db.prepare(
        `INSERT INTO note_versions (note_id, title, content, plain_text, word_count, reason, created_at)
         VALUES (?, 'v', '{}', '', 0, 'autosave', ?)`,
      ).run(noteId, now)
      db.prepare('INSERT INTO notes_fts (rowid, title, body) VALUES (?, ?, ?)').run(
        noteId,
        'why interior',
        'x',
      )
      expect(
        db.prepare("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'interior'").pluck().all(),
      ).toEqual([noteId])

      // Links and versions go with their note.
      db.prepare('DELETE FROM notes WHERE id = ?').run(noteId)
      expect(db.prepare('SELECT count(*) FROM note_links').pluck().get()).toBe(0)
      expect(db.prepare('SELECT count(*) FROM note_versions').pluck().get()).toBe(0)
    } finally {
      db.close()
    }
  })

  it('refuses an unknown link kind and version reason', async () => {
    const db = await openDatabase(join(tempDir(), 'new.weft'), { create: true })
    try {
      db.prepare('INSERT INTO notes (id, title, content, created_at, updated_at) VALUES (1, ?, ?, ?, ?)').run(
        't',
        '{}',
        now,
        now,
      )
      expect(() =>
        db.prepare("INSERT INTO note_links (note_id, kind, target_id) VALUES (1, 'tie', 1)").run(),
      ).toThrow(/CHECK/)
      expect(() =>
        db
          .prepare(
            `INSERT INTO note_versions (note_id, title, content, plain_text, word_count, reason, created_at)
             VALUES (1, 't', '{}', '', 0, 'whim', ?)`,
          )
          .run(now),
      ).toThrow(/CHECK/)
    } finally {
      db.close()
    }
  })
})
