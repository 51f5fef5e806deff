// Migration 2: tags, collections, undoable deletion, and PDF page spans.
import type { Migration } from './migration'

export const migration002MetadataTagsCollections: Migration = {
  version: 2,
  name: 'metadata, tags, collections',
  up(db) {
    db.exec(`
      -- Deleted sources stay until the library is next opened, so a delete can be undone.
      ALTER TABLE sources ADD COLUMN deleted_at TEXT;
      ALTER TABLE sources ADD COLUMN deletion_batch TEXT;
      CREATE INDEX sources_deletion_batch ON sources (deletion_batch) WHERE deletion_batch IS NOT NULL;

      -- JSON [{page, start, end}] for paginated originals (PDF); NULL otherwise.
      ALTER TABLE source_content ADD COLUMN pages TEXT;

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
      );
      CREATE TABLE source_tags (
        source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        PRIMARY KEY (source_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX source_tags_by_tag ON source_tags (tag_id, source_id);

      CREATE TABLE collections (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL
      );
      CREATE TABLE source_collections (
        source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
        PRIMARY KEY (source_id, collection_id)
      ) WITHOUT ROWID;
      CREATE INDEX source_collections_by_collection ON source_collections (collection_id, source_id);
    `)
  },
}
