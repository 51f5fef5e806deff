// Migration 5: notes (Lexical editor state, derived plain text for search and
// the list), their version history, the links they hold (passages quoted,
// actors mentioned) for backlinks, and a full-text index over them.
import type { Migration } from './migration'

export const migration005Notes: Migration = {
  version: 5,
  name: 'notes',
  up(db) {
    db.exec(`
      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        -- The Lexical editor state as JSON: the note itself.
        content TEXT NOT NULL,
        -- Derived from content on every save (for search, the list and exports' previews).
        plain_text TEXT NOT NULL DEFAULT '',
        word_count INTEGER NOT NULL DEFAULT 0,
        -- Increases on every save.
        revision INTEGER NOT NULL DEFAULT 1,
        -- The revision the search index holds. Saves index a moment later (a
        -- long note takes longer to index than to save); a search, or the next
        -- opening of the library, first indexes any note whose revision differs.
        indexed_revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- A deleted note stays until the library is next opened, so the delete can be undone.
        deleted_at TEXT,
        deletion_token TEXT
      );
      CREATE INDEX notes_by_updated ON notes (updated_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX notes_by_deletion_token ON notes (deletion_token) WHERE deletion_token IS NOT NULL;

      -- Earlier states of a note: kept by a save that comes a while after the
      -- last kept one, and before a version is restored (so the restore can be undone).
      CREATE TABLE note_versions (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        plain_text TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('autosave', 'before restore', 'imported')),
        created_at TEXT NOT NULL
      );
      CREATE INDEX note_versions_by_note ON note_versions (note_id, created_at DESC, id DESC);

      -- What a note points at, derived from its content on save. No foreign
      -- key: a note keeps quoting a passage that was deleted (and says so).
      CREATE TABLE note_links (
        note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('passage', 'entity')),
        target_id INTEGER NOT NULL,
        PRIMARY KEY (note_id, kind, target_id)
      ) WITHOUT ROWID;
      CREATE INDEX note_links_by_target ON note_links (kind, target_id, note_id);

      -- Normalised title and text (see @shared/text/search-normalise), as the
      -- sources' index holds them, so one query finds both; rowid = note id.
      CREATE VIRTUAL TABLE notes_fts USING fts5 (
        title, body,
        tokenize = 'ascii',
        prefix = '2 3 4'
      );
    `)
  },
}
