// Long prefixes become the words they stand for. The index has prefix lists
// for 2 to 4 letters; a longer prefix ("repor*") makes FTS5 merge the lists
// of every word it starts twice over (once to match, once for bm25's counts),
// which for the commonest words costs more than looking those few words up
// and asking for any of them ("report" OR "reported" OR "reporters").
import type { OrNode, QueryNode, TermNode } from './query-parser'

/** The longest prefix the index keeps a list for (migration 3: prefix = '2 3 4'). */
export const LONGEST_INDEXED_PREFIX = 4
/** Past this many words, the merge is the cheaper way after all. */
export const MAX_EXPANSION = 16

/** The index's words that start with `prefix`, up to `max + 1` of them (so too many shows). */
export type WordsStartingWith = (prefix: string, max: number) => string[]

function expandTerm(term: TermNode, wordsStartingWith: WordsStartingWith): QueryNode {
  const last = term.words[term.words.length - 1]!
  if (!term.prefix || [...last].length <= LONGEST_INDEXED_PREFIX) return term
  const words = wordsStartingWith(last, MAX_EXPANSION)
  // None: FTS5 answers the prefix at once. Too many: let FTS5 merge them.
  if (words.length === 0 || words.length > MAX_EXPANSION) return term
  const stem = term.words.slice(0, -1)
  const anyOf = words.map((word): TermNode => ({ kind: 'term', words: [...stem, word], prefix: false }))
  return anyOf.length === 1 ? anyOf[0]! : ({ kind: 'or', anyOf } satisfies OrNode)
}

/** The query with every long prefix replaced by the words it matches, for FTS5 only (highlighting keeps the prefix). */
export function expandLongPrefixes(node: QueryNode, wordsStartingWith: WordsStartingWith): QueryNode {
  if (node.kind === 'term') return expandTerm(node, wordsStartingWith)
  if (node.kind === 'or')
    return { kind: 'or', anyOf: node.anyOf.map((child) => expandLongPrefixes(child, wordsStartingWith)) }
  return {
    kind: 'and',
    include: node.include.map((child) => expandLongPrefixes(child, wordsStartingWith)),
    exclude: node.exclude.map((child) => expandLongPrefixes(child, wordsStartingWith)),
  }
}
