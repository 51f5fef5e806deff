// Finds where a query's terms occur in a text, as ranges of the original
// text: the text is normalised the way the index is, searched word by word,
// and the hits mapped back through the normaliser's offsets.
import { normaliseWithOffsets } from '@shared/text/search-normalise'
import type { TermNode } from './query-parser'

export interface TextMatch {
  /** Offsets in the original text, end exclusive. */
  start: number
  end: number
  /** Which term (index into the terms searched for) matched. */
  term: number
}

/** Enough to choose a snippet in the longest report without scanning every occurrence. */
const MAX_MATCHES_PER_TERM = 500

/** Where the words of a term start at `at`, the end of its last word; -1 when they do not. */
function matchEnd(text: string, at: number, term: Pick<TermNode, 'words' | 'prefix'>): number {
  let position = at
  for (let index = 0; index < term.words.length; index += 1) {
    const word = term.words[index]!
    if (!text.startsWith(word, position)) return -1
    position += word.length
    const last = index === term.words.length - 1
    if (last && term.prefix) {
      while (position < text.length && text[position] !== ' ') position += 1
    } else if (position < text.length && text[position] !== ' ') {
      return -1
    }
    if (!last) while (text[position] === ' ') position += 1
  }
  return position
}

/** Every occurrence of each term in `original`, sorted by where it starts. */
export function findMatches(
  original: string,
  terms: readonly Pick<TermNode, 'words' | 'prefix'>[],
): TextMatch[] {
  if (terms.length === 0 || original.length === 0) return []
  const normalised = normaliseWithOffsets(original)
  const { text, starts, ends } = normalised
  const matches: TextMatch[] = []
  terms.forEach((term, termIndex) => {
    const first = term.words[0]
    if (!first) return
    let found = 0
    for (
      let at = text.indexOf(first);
      at >= 0 && found < MAX_MATCHES_PER_TERM;
      at = text.indexOf(first, at + 1)
    ) {
      if (at > 0 && text[at - 1] !== ' ') continue
      const end = matchEnd(text, at, term)
      if (end < 0) continue
      matches.push({ start: starts[at]!, end: ends[end - 1]!, term: termIndex })
      found += 1
    }
  })
  return matches.sort((a, b) => a.start - b.start || b.end - a.end)
}
