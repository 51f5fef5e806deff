// Migration 4: passages (W3C Web Annotation selectors), actors (entities) with
// typed aliases and parents, passage-actor mentions, mention suggestions with
// what has been scanned, and the record of merges that makes them undoable.
import type { Migration } from './migration'

export const migration004PassagesActors: Migration = {
  version: 4,
  name: 'passages and actors',
  up(db) {
    db.exec(`
      CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        -- TextPositionSelector, in UTF-16 code units of the source's canonical text.
        start INTEGER NOT NULL CHECK (start >= 0),
        "end" INTEGER NOT NULL CHECK ("end" > start),
        -- TextQuoteSelector.
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        -- The source's content hash the selectors were made against.
        content_hash TEXT NOT NULL,
        -- 'anchored', or 'needs_review' when re-anchoring after a text change was not certain.
        status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'needs_review')),
        comment TEXT,
        color TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- A deleted passage stays until the library is next opened, so the delete can be undone.
        deleted_at TEXT,
        deletion_token TEXT
      );
      CREATE INDEX passages_by_source ON passages (source_id, start);
      CREATE INDEX passages_by_deletion_token ON passages (deletion_token) WHERE deletion_token IS NOT NULL;

      CREATE TABLE entity_types (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        builtin INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL
      );
      INSERT INTO entity_types (name, builtin, position) VALUES
        ('person', 1, 1), ('organisation', 1, 2), ('government body', 1, 3), ('armed group', 1, 4),
        ('country', 1, 5), ('place', 1, 6), ('event', 1, 7), ('other', 1, 8);

      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL REFERENCES entity_types (name) ON UPDATE CASCADE,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        parent_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,
        attributes TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- Set when merged into another actor; hidden, kept so the merge can be undone.
        merged_into INTEGER REFERENCES entities (id) ON DELETE SET NULL,
        -- When the name was last looked for across the whole library; NULL: not yet.
        name_scanned_at TEXT,
        CHECK (parent_id IS NULL OR parent_id <> id)
      );
      CREATE INDEX entities_by_parent ON entities (parent_id) WHERE parent_id IS NOT NULL;
      CREATE INDEX entities_by_merged_into ON entities (merged_into) WHERE merged_into IS NOT NULL;

      CREATE TABLE aliases (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'name'
          CHECK (kind IN ('name', 'acronym', 'transliteration', 'former name', 'nickname')),
        created_at TEXT NOT NULL,
        -- When this alias was last looked for across the whole library; NULL: not yet.
        scanned_at TEXT,
        UNIQUE (entity_id, name)
      );

      -- A passage linked to an actor, made by the user or by accepting a suggestion.
      CREATE TABLE mentions (
        passage_id INTEGER NOT NULL REFERENCES passages (id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('user', 'suggestion')),
        PRIMARY KEY (passage_id, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX mentions_by_entity ON mentions (entity_id, passage_id);

      -- Places where an actor's name or alias occurs. 'open' ones are offered for
      -- review; 'rejected' ones are remembered so no rescan offers them again;
      -- 'accepted' ones point at the passage that covers them.
      CREATE TABLE mention_suggestions (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        exact TEXT NOT NULL,
        alias TEXT NOT NULL,
        reasons TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
        passage_id INTEGER REFERENCES passages (id) ON DELETE SET NULL,
        -- Source first: a scan writes source after source, so this index (which
        -- also serves "a source's suggestions") grows at its end.
        UNIQUE (source_id, start, "end", entity_id)
      );
      CREATE INDEX mention_suggestions_by_entity ON mention_suggestions (entity_id, status);
      CREATE INDEX mention_suggestions_by_passage ON mention_suggestions (passage_id) WHERE passage_id IS NOT NULL;

      -- Sources to scan for mentions next: every source when it arrives or its
      -- text changes (the triggers below), and any the app asks to look at again.
      -- Kept by triggers so finding them never means reading every source.
      CREATE TABLE mention_scan_queue (
        source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE
      );
      INSERT INTO mention_scan_queue (source_id) SELECT id FROM sources;
      CREATE TRIGGER sources_queue_mention_scan AFTER INSERT ON sources BEGIN
        INSERT OR IGNORE INTO mention_scan_queue (source_id) VALUES (new.id);
      END;
      CREATE TRIGGER sources_requeue_mention_scan AFTER UPDATE OF content_hash ON sources
      WHEN new.content_hash IS NOT old.content_hash BEGIN
        INSERT OR IGNORE INTO mention_scan_queue (source_id) VALUES (new.id);
      END;

      -- Which text of each source the suggestions were found in.
      CREATE TABLE mention_scans (
        source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL,
        scanned_at TEXT NOT NULL,
        -- A Bloom filter of the name keys in that text (see name-signature.ts), so
        -- a new alias is looked for only in the sources that may hold it.
        signature BLOB
      );

      -- What a merge moved, so it can be undone exactly.
      CREATE TABLE entity_merges (
        token TEXT PRIMARY KEY,
        kept_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        merged_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        moved TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX entity_merges_by_merged ON entity_merges (merged_id);
    `)
  },
}
