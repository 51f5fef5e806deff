// Searching notes with the same query language as sources: the parsed query
// becomes an FTS5 expression over the notes' index, and each hit gets a
// snippet cut from the note's own text with the matches to highlight.
import type { NoteSearchHit, NoteSort, NoteSummary } from '@shared/notes'
import type { NoteSearchIndex, RankedNote } from '../db/note-search-index'
import type { NotesRepository } from '../db/notes-repository'
import { findMatches } from '../search/find-matches'
import { toFtsExpression, wordsExpression } from '../search/fts-expression'
import { parseQuery, positiveTerms, type QueryNode } from '../search/query-parser'
import { cutSnippet } from '../search/snippet'

/** Enough for a list filter: nobody scrolls past this many matching notes. */
const LIST_MATCH_LIMIT = 1000

export class NoteSearchService {
  constructor(
    private readonly notes: NotesRepository,
    private readonly index: NoteSearchIndex,
    private readonly plainText: (id: number) => string | undefined,
    /** Indexes notes saved since the index last caught up, so a search sees the latest text. */
    private readonly catchUp: () => void,
  ) {}

  search(query: string, limit: number): NoteSearchHit[] {
    this.catchUp()
    const parsed = parseQuery(query)
    if (!parsed) return []
    const terms = positiveTerms(parsed)
    const hits: NoteSearchHit[] = []
    for (const { id } of this.ranked(parsed, limit)) {
      const summary = this.notes.summary(id)
      const text = this.plainText(id)
      if (!summary || text === undefined) continue
      const inText = findMatches(text, terms)
      const { snippet, highlights } = cutSnippet(text, inText)
      hits.push({ noteId: id, title: summary.title, snippet, highlights, updatedAt: summary.updatedAt })
    }
    return hits
  }

  /** The notes list filtered by a query, in the list's own order. */
  filter(query: string, sort: NoteSort): NoteSummary[] {
    this.catchUp()
    const parsed = parseQuery(query)
    if (!parsed) return this.notes.list(sort)
    const ids = this.ranked(parsed, LIST_MATCH_LIMIT).map((match) => match.id)
    return this.notes.listIn(ids, sort)
  }

  private ranked(parsed: QueryNode, limit: number): RankedNote[] {
    return (
      this.index.ranked(toFtsExpression(parsed), limit) ??
      this.index.ranked(wordsExpression(parsed), limit) ??
      []
    )
  }
}
