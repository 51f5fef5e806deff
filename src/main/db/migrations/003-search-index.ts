// Migration 3: the full-text index holds normalised words (case, accents,
// Arabic spelling variants and apostrophes folded away) of titles, text and
// metadata, so "Shar’a", "shara" and "الشَّرْع"/"الشرع" find the same sources.
import { registerSearchTextFunction } from '../search-index'
import type { Migration } from './migration'

export const migration003SearchIndex: Migration = {
  version: 3,
  name: 'search index over normalised text and metadata',
  up(db) {
    // The view below calls the normaliser; SQLite needs it registered to rebuild.
    registerSearchTextFunction(db)
    db.exec(`
      DROP TABLE sources_fts;
      DROP VIEW source_search_content;

      -- What the index holds for each source, live or deleted (deleted ones are
      -- filtered when searching): normalised title, text and metadata. The
      -- metadata is authors, publisher, URL and tags (by name), in that order,
      -- as SearchIndex receives them from SourcesRepository.
      CREATE VIEW source_search_content AS
        SELECT s.id AS id,
          weft_search_text(s.title) AS title,
          weft_search_text(c.text) AS body,
          weft_search_meta(s.authors, s.publisher, s.url,
            (SELECT group_concat(t.name, ' ' ORDER BY t.name COLLATE NOCASE)
               FROM source_tags st JOIN tags t ON t.id = st.tag_id WHERE st.source_id = s.id)
          ) AS meta
        FROM sources s JOIN source_content c ON c.source_id = s.id;

      -- External content over that view: the text is stored once (in
      -- source_content), yet 'rebuild' and 'integrity-check' still work, so
      -- "weft check" notices an index out of step and "--repair" mends it.
      -- The normalised text has only letters, digits and spaces, so the ascii
      -- tokenizer (split on spaces; non-ASCII letters are word characters)
      -- sees exactly the words the normaliser made. Prefix indexes for 2 to 4
      -- letters make "coal*" read one list instead of merging every word's.
      CREATE VIRTUAL TABLE sources_fts USING fts5 (
        title, body, meta,
        content = 'source_search_content', content_rowid = 'id',
        tokenize = 'ascii',
        prefix = '2 3 4'
      );
      INSERT INTO sources_fts (sources_fts) VALUES ('rebuild');
    `)
  },
}
