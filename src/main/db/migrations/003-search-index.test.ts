import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migration001Sources } from './001-sources'
import { migration002MetadataTagsCollections } from './002-metadata-tags-collections'
import { migration003SearchIndex } from './003-search-index'

function libraryAtVersion2(): Database.Database {
  const db = new Database(':memory:')
  migration001Sources.up(db)
  migration002MetadataTagsCollections.up(db)
  const insertSource = db.prepare(
    `INSERT INTO sources (id, title, authors, publisher, url, file_name, media_type, byte_size, content_hash, imported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'f.txt', 'text/plain', 1, ?, 'now', 'now')`,
  )
  const insertContent = db.prepare(
    "INSERT INTO source_content (source_id, text, blocks, original) VALUES (?, ?, '[]', x'00')",
  )
  const indexOld = db.prepare('INSERT INTO sources_fts (rowid, title, body) VALUES (?, ?, ?)')
  const rows = [
    [
      1,
      'Raids in Deir ez-Zor',
      '["Hélène Dubois"]',
      'Middle East Institute',
      'https://mei.example/raids',
      'Sixty-one raids.',
    ],
    [2, 'بيان الداخلية', '[]', null, null, 'أعلنت وزارةُ الدَّاخليةِ عن عمليات مشتركة.'],
  ] as const
  for (const [id, title, authors, publisher, url, text] of rows) {
    insertSource.run(id, title, authors, publisher, url, `hash-${id}`)
    insertContent.run(id, text)
    indexOld.run(id, title, text)
  }
  db.exec("INSERT INTO tags (id, name) VALUES (1, 'Counterterrorism'); INSERT INTO source_tags VALUES (1, 1)")
  return db
}

const matches = (db: Database.Database, expression: string) =>
  (
    db.prepare('SELECT rowid FROM sources_fts WHERE sources_fts MATCH ? ORDER BY rowid').all(expression) as {
      rowid: number
    }[]
  ).map((row) => row.rowid)

describe('migration 3: search index over normalised text and metadata', () => {
  it('re-indexes existing sources: normalised titles and text, and now their metadata', () => {
    const db = libraryAtVersion2()
    // Before: Arabic spelling variants differ, and metadata is not searchable.
    expect(matches(db, 'الداخليه')).toEqual([])
    expect(matches(db, 'اعلنت')).toEqual([])
    expect(matches(db, 'helene')).toEqual([])

    migration003SearchIndex.up(db)

    expect(matches(db, '"sixty one"')).toEqual([1])
    expect(matches(db, 'الداخليه')).toEqual([2])
    expect(matches(db, 'اعلنت')).toEqual([2])
    expect(matches(db, 'meta : helene')).toEqual([1])
    expect(matches(db, 'meta : "middle east institute"')).toEqual([1])
    expect(matches(db, 'meta : "mei example"')).toEqual([1])
    expect(matches(db, 'meta : counterterrorism')).toEqual([1])
    expect(matches(db, 'title : deir')).toEqual([1])
    expect(() =>
      db.prepare("INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)").run(),
    ).not.toThrow()
    db.close()
  })

  it('leaves an index that can be rebuilt and checked against the stored text', () => {
    const db = libraryAtVersion2()
    migration003SearchIndex.up(db)
    db.prepare("UPDATE source_content SET text = 'changed behind the index' WHERE source_id = 1").run()
    expect(() =>
      db.prepare("INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)").run(),
    ).toThrow()
    db.prepare("INSERT INTO sources_fts (sources_fts) VALUES ('rebuild')").run()
    expect(matches(db, 'changed')).toEqual([1])
    expect(matches(db, 'raids')).toEqual([1])
    db.close()
  })
})
