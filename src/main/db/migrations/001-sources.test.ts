import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migration001Sources } from './001-sources'

describe('migration 1: sources', () => {
  it('creates sources, their content and a full-text index that finds them', () => {
    const db = new Database(':memory:')
    migration001Sources.up(db)
    db.prepare(
      `INSERT INTO sources (id, title, file_name, media_type, byte_size, content_hash, imported_at, updated_at)
       VALUES (1, 'Coalition', 'c.txt', 'text/plain', 3, 'h', 'now', 'now')`,
    ).run()
    db.prepare("INSERT INTO source_content VALUES (1, 'Damascus joined the coalition', '[]', x'00')").run()
    db.prepare(
      "INSERT INTO sources_fts (rowid, title, body) VALUES (1, 'Coalition', 'Damascus joined the coalition')",
    ).run()
    const hit = db
      .prepare(
        "SELECT rowid, snippet(sources_fts, 1, '[', ']', '…', 5) AS s FROM sources_fts WHERE sources_fts MATCH 'damas*'",
      )
      .get()
    expect(hit).toEqual({ rowid: 1, s: '[Damascus] joined the coalition' })
    expect(() =>
      db
        .prepare(
          "INSERT INTO sources (title, kind, file_name, media_type, byte_size, content_hash, imported_at, updated_at) VALUES ('x', 'tweet', 'x', 'x', 1, 'h2', 'n', 'n')",
        )
        .run(),
    ).toThrow(/CHECK/)
    db.close()
  })
})
