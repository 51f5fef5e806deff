// Migration 6: ties between actors with their evidence passages, the tie type
// vocabulary (seeded, with colours), tie suggestions found in sentences, and
// saved network views.
import type { Migration } from './migration'

export const migration006Ties: Migration = {
  version: 6,
  name: 'ties and the network',
  up(db) {
    db.exec(`
      CREATE TABLE tie_types (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        color TEXT NOT NULL CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
        -- Whether a new tie of this type starts out directed.
        directed INTEGER NOT NULL DEFAULT 0 CHECK (directed IN (0, 1)),
        builtin INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL
      );

      CREATE TABLE ties (
        id INTEGER PRIMARY KEY,
        -- Actors as recorded; one merged into another counts as that other until the merge is undone.
        from_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        to_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        type TEXT NOT NULL REFERENCES tie_types (name) ON UPDATE CASCADE,
        directed INTEGER NOT NULL DEFAULT 0 CHECK (directed IN (0, 1)),
        -- Partial dates: 2025, 2025-11 or 2025-11-24.
        start_date TEXT,
        end_date TEXT,
        -- Still holds: from start_date with no end yet.
        ongoing INTEGER NOT NULL DEFAULT 0 CHECK (ongoing IN (0, 1)),
        status TEXT NOT NULL DEFAULT 'reported' CHECK (status IN ('reported', 'confirmed', 'alleged', 'denied')),
        confidence TEXT NOT NULL DEFAULT 'medium' CHECK (confidence IN ('low', 'medium', 'high')),
        place TEXT,
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- A deleted tie stays until the library is next opened, so the delete can be undone.
        deleted_at TEXT,
        deletion_token TEXT,
        CHECK (from_id <> to_id)
      );
      CREATE INDEX ties_by_from ON ties (from_id);
      CREATE INDEX ties_by_to ON ties (to_id);
      CREATE INDEX ties_by_type ON ties (type);
      CREATE INDEX ties_by_deletion_token ON ties (deletion_token) WHERE deletion_token IS NOT NULL;

      -- The passages that show a tie.
      CREATE TABLE tie_evidence (
        tie_id INTEGER NOT NULL REFERENCES ties (id) ON DELETE CASCADE,
        passage_id INTEGER NOT NULL REFERENCES passages (id) ON DELETE CASCADE,
        added_at TEXT NOT NULL,
        PRIMARY KEY (tie_id, passage_id)
      ) WITHOUT ROWID;
      CREATE INDEX tie_evidence_by_passage ON tie_evidence (passage_id, tie_id);

      -- Sentences that name two known actors with a cue. 'rejected' ones are remembered so no
      -- later look offers them again; 'accepted' ones point at the tie they became.
      CREATE TABLE tie_suggestions (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        from_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        to_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        directed INTEGER NOT NULL DEFAULT 0,
        cue TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
        tie_id INTEGER REFERENCES ties (id) ON DELETE SET NULL,
        UNIQUE (source_id, start, from_id, to_id, type)
      );
      CREATE INDEX tie_suggestions_by_status ON tie_suggestions (status, source_id);

      -- What each source's suggestions were found from: its text and the actors found in it.
      -- A source whose fingerprint differs is looked at again.
      CREATE TABLE tie_suggestion_scans (
        source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL
      );

      CREATE TABLE network_views (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        settings TEXT NOT NULL,
        positions TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      -- The vocabulary Weft starts with; the user may rename, recolour and add types.
      INSERT INTO tie_types (name, color, directed, builtin, position) VALUES
        ('joint operation', '#d1495b', 0, 1, 1),
        ('intelligence sharing', '#3a86c8', 0, 1, 2),
        ('coordination', '#2a9d8f', 0, 1, 3),
        ('membership', '#8a5cc2', 1, 1, 4),
        ('joint body', '#e08a1e', 0, 1, 5),
        ('support or advocacy', '#5c9e3d', 1, 1, 6),
        ('pressure or demand', '#c0578a', 1, 1, 7),
        ('attack', '#8f2d2d', 1, 1, 8),
        ('counter-terrorism action', '#4d6fa8', 1, 1, 9),
        ('rivalry', '#b08b12', 0, 1, 10),
        ('part of', '#7a7f87', 1, 1, 11);
    `)
  },
}
