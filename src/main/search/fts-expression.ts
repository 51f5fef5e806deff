// Turns a parsed query into an FTS5 MATCH expression. Every word is quoted,
// so nothing a person types can be read as FTS5 syntax, and the words are
// already normalised the way the index is.
import type { QueryNode, TermNode } from './query-parser'
import { positiveTerms } from './query-parser'

function quoted(words: readonly string[]): string {
  return `"${words.join(' ').replaceAll('"', '""')}"`
}

function termExpression(term: TermNode): string {
  return term.prefix ? `${quoted(term.words)} *` : quoted(term.words)
}

export function toFtsExpression(node: QueryNode): string {
  if (node.kind === 'term') return termExpression(node)
  if (node.kind === 'or') return node.anyOf.map(grouped).join(' OR ')
  const included = node.include.map(grouped).join(' AND ')
  // FTS5's NOT is binary, "a NOT b": exclusions chain after the group that must match.
  const excluded = node.exclude.map((child) => ` NOT ${grouped(child)}`).join('')
  return node.exclude.length > 0 && node.include.length > 1 ? `(${included})${excluded}` : included + excluded
}

/** A term as it is; a group in parentheses, so precedence never depends on FTS5's. */
function grouped(node: QueryNode): string {
  return node.kind === 'term' ? termExpression(node) : `(${toFtsExpression(node)})`
}

/**
 * The fallback when FTS5 still refuses an expression (too complex, say): all
 * the query's wanted words, each required.
 */
export function wordsExpression(node: QueryNode): string {
  const words = positiveTerms(node).flatMap((term) => term.words)
  return [...new Set(words)].map((word) => quoted([word])).join(' ')
}
