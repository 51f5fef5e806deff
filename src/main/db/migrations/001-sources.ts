// Migration 1: the library starts with sources, their content and a full-text index.
import type { Migration } from './migration'

export const migration001Sources: Migration = {
  version: 1,
  name: 'sources',
  up(db) {
    db.exec(`
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'other'
          CHECK (kind IN ('article', 'report', 'statement', 'interview', 'other')),
        authors TEXT NOT NULL DEFAULT '[]',
        publisher TEXT,
        published_date TEXT,
        url TEXT,
        language TEXT,
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        byte_size INTEGER NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX sources_imported_at ON sources (imported_at DESC, id DESC);

      -- Text and bytes live apart from the metadata so listing sources never
      -- reads them.
      CREATE TABLE source_content (
        source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        blocks TEXT NOT NULL,
        original BLOB NOT NULL
      );

      CREATE VIEW source_search_content AS
        SELECT s.id AS id, s.title AS title, c.text AS body
        FROM sources s JOIN source_content c ON c.source_id = s.id;

      -- External-content FTS5 over the view: the text is stored once, and
      -- snippet() still works. The repository keeps it in step.
      CREATE VIRTUAL TABLE sources_fts USING fts5 (
        title, body,
        content = 'source_search_content', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
    `)
  },
}
