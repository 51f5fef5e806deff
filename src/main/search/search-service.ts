// Full-text search: parses the query, asks the index for the best sources,
// and cuts each hit a snippet from its original text (not the normalised
// copy the index holds), with the match the reader should open at.
import type { SearchHit, SearchResults } from '@shared/models'
import type { HitDocument, SearchRepository } from '../db/search-repository'
import { findMatches } from './find-matches'
import { toFtsExpression, wordsExpression } from './fts-expression'
import { expandLongPrefixes } from './prefix-expansion'
import { parseQuery, positiveTerms, type TermNode } from './query-parser'
import { cutSnippet, type Snippet } from './snippet'

export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  search(query: string, limit: number): SearchResults {
    const started = performance.now()
    const parsed = parseQuery(query)
    if (!parsed) return { query, hits: [], tookMs: performance.now() - started, ftsMs: 0 }

    const ftsStarted = performance.now()
    // Parsing already made any input valid; should FTS5 still refuse it (too
    // deep, too many terms), search for its words instead of failing.
    const expanded = expandLongPrefixes(parsed, (prefix, max) =>
      this.repository.wordsStartingWith(prefix, max),
    )
    const ranked =
      this.repository.rankedMatches(toFtsExpression(expanded), limit) ??
      this.repository.rankedMatches(wordsExpression(parsed), limit) ??
      []
    const ftsMs = performance.now() - ftsStarted

    const terms = positiveTerms(parsed)
    const hits: SearchHit[] = []
    for (const { id, score } of ranked) {
      const document = this.repository.document(id)
      if (document) hits.push({ sourceId: id, title: document.title, score, ...snippetFor(document, terms) })
    }
    return { query, hits, tookMs: performance.now() - started, ftsMs }
  }
}

/** The metadata as a hit shows it when only the metadata matched. */
function metadataLine(document: HitDocument): string {
  return [document.authors.join(', '), document.publisher, document.url, document.tags.join(', ')]
    .filter(Boolean)
    .join(' · ')
}

/**
 * A snippet from the text where it matches; else from the metadata where that
 * matches (an author, a tag); else (a title-only match) the text's opening.
 */
function snippetFor(document: HitDocument, terms: readonly TermNode[]): Snippet {
  const inText = findMatches(document.text, terms)
  if (inText.length > 0) return cutSnippet(document.text, inText)
  const metadata = metadataLine(document)
  const inMetadata = findMatches(metadata, terms)
  if (inMetadata.length > 0) return { ...cutSnippet(metadata, inMetadata), match: null }
  return cutSnippet(document.text, [])
}
