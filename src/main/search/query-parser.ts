// Reads what a researcher types into a search box: words, "phrases", prefix*,
// AND / OR / NOT (upper case; "-word" for NOT too) and parentheses. It never
// fails: unbalanced quotes close at the end, stray operators and parentheses
// are ignored, so any input becomes the most sensible query it can.
import { normaliseForSearch, searchWords } from '@shared/text/search-normalise'

/** A word or phrase to find: its normalised words, the last one a prefix when `prefix`. */
export interface TermNode {
  kind: 'term'
  words: string[]
  prefix: boolean
}
/** Every `include` must match and no `exclude` may. */
export interface AndNode {
  kind: 'and'
  include: QueryNode[]
  exclude: QueryNode[]
}
export interface OrNode {
  kind: 'or'
  anyOf: QueryNode[]
}
export type QueryNode = TermNode | AndNode | OrNode

type Token =
  | { kind: 'open' | 'close' | 'and' | 'or' | 'not' }
  | { kind: 'term'; text: string; prefix: boolean; negated: boolean }

/** Straight and typographic double quotes all open and close phrases. */
const QUOTES = new Set(['"', '“', '”', '„', '«', '»'])
const OPERATORS: Record<string, 'and' | 'or' | 'not'> = { AND: 'and', OR: 'or', NOT: 'not' }
/** Deeper nesting than this is flattened: FTS5 refuses very deep expressions. */
const MAX_DEPTH = 20

function tokenise(query: string): Token[] {
  const tokens: Token[] = []
  const chars = [...query]
  let index = 0
  while (index < chars.length) {
    const char = chars[index]!
    if (/\s/u.test(char)) {
      index += 1
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'open' : 'close' })
      index += 1
    } else if (QUOTES.has(char) || (char === '-' && QUOTES.has(chars[index + 1] ?? ''))) {
      const negated = char === '-'
      let end = index + (negated ? 2 : 1)
      const start = end
      while (end < chars.length && !QUOTES.has(chars[end]!)) end += 1
      const text = chars.slice(start, end).join('')
      index = end + 1
      const prefix = chars[index] === '*'
      while (chars[index] === '*') index += 1
      tokens.push({ kind: 'term', text, prefix, negated })
    } else {
      let end = index
      while (end < chars.length && !/[\s()]/u.test(chars[end]!) && !QUOTES.has(chars[end]!)) end += 1
      const raw = chars.slice(index, end).join('')
      index = end
      // A lone "-" before a group or phrase negates it, like NOT.
      const operator = raw === '-' ? 'not' : OPERATORS[raw]
      if (operator) {
        tokens.push({ kind: operator })
        continue
      }
      const negated = raw.length > 1 && raw.startsWith('-')
      const body = raw.replace(/^[-+]+/, '')
      const prefix = body.endsWith('*')
      tokens.push({ kind: 'term', text: body.replace(/\*+$/, ''), prefix, negated })
    }
  }
  return tokens
}

class Parser {
  private position = 0

  constructor(private readonly tokens: Token[]) {}

  parse(): QueryNode | null {
    const parts: (QueryNode | null)[] = []
    while (this.position < this.tokens.length) {
      parts.push(this.parseOr(0))
      // Only a stray ")" stops parseOr at the top level: skip it and go on.
      if (this.peek()?.kind === 'close') this.position += 1
    }
    return andOf(
      parts.filter((part): part is QueryNode => part !== null),
      [],
    )
  }

  private peek(): Token | undefined {
    return this.tokens[this.position]
  }

  private parseOr(depth: number): QueryNode | null {
    const alternatives: QueryNode[] = []
    for (;;) {
      const group = this.parseAnd(depth)
      if (group) alternatives.push(group)
      if (this.peek()?.kind !== 'or') break
      this.position += 1
    }
    return orOf(alternatives)
  }

  private parseAnd(depth: number): QueryNode | null {
    const include: QueryNode[] = []
    const exclude: QueryNode[] = []
    let negate = false
    for (
      let token = this.peek();
      token && token.kind !== 'or' && token.kind !== 'close';
      token = this.peek()
    ) {
      if (token.kind === 'and') {
        this.position += 1
        continue
      }
      if (token.kind === 'not') {
        negate = !negate
        this.position += 1
        continue
      }
      const operand = this.parseOperand(depth)
      const negated = negate !== (token.kind === 'term' && token.negated)
      negate = false
      if (!operand) continue
      if (negated) exclude.push(operand)
      // A group that only excludes ("a (NOT b)") excludes from this group instead.
      else if (operand.kind === 'and' && operand.include.length === 0) exclude.push(...operand.exclude)
      else include.push(operand)
    }
    return andOf(include, exclude)
  }

  private parseOperand(depth: number): QueryNode | null {
    const token = this.tokens[this.position++]!
    if (token.kind === 'term') return termOf(token.text, token.prefix)
    // Only "(" is left: and/or/not/close never reach here.
    const inner = this.parseOr(depth + 1)
    if (this.peek()?.kind === 'close') this.position += 1
    return depth + 1 > MAX_DEPTH ? flatten(inner) : inner
  }
}

function termOf(text: string, prefix: boolean): TermNode | null {
  const words = searchWords(normaliseForSearch(text))
  return words.length > 0 ? { kind: 'term', words, prefix } : null
}

function andOf(include: QueryNode[], exclude: QueryNode[]): QueryNode | null {
  if (include.length === 0 && exclude.length === 0) return null
  if (include.length === 1 && exclude.length === 0) return include[0]!
  // Nested ANDs merge: (a b) c is a b c.
  const flatInclude = include.flatMap((node) => (node.kind === 'and' ? node.include : [node]))
  const flatExclude = [...exclude, ...include.flatMap((node) => (node.kind === 'and' ? node.exclude : []))]
  return { kind: 'and', include: flatInclude, exclude: flatExclude }
}

function orOf(anyOf: QueryNode[]): QueryNode | null {
  // An alternative that only excludes cannot be searched for: it is dropped.
  const searchable = anyOf.filter((node) => !(node.kind === 'and' && node.include.length === 0))
  if (searchable.length === 0) return anyOf.length === 1 ? anyOf[0]! : null
  if (searchable.length === 1) return searchable[0]!
  return { kind: 'or', anyOf: searchable.flatMap((node) => (node.kind === 'or' ? node.anyOf : [node])) }
}

/** Past the depth limit a group becomes the AND of its positive terms. */
function flatten(node: QueryNode | null): QueryNode | null {
  return node && andOf(positiveTerms(node), [])
}

/** The terms a match must contain some of: everything not under NOT, for highlighting. */
export function positiveTerms(node: QueryNode): TermNode[] {
  if (node.kind === 'term') return [node]
  if (node.kind === 'or') return node.anyOf.flatMap(positiveTerms)
  return node.include.flatMap(positiveTerms)
}

/**
 * Parses a query. Null when there is nothing to look for: an empty query, or
 * one that only excludes ("NOT draft"), since a ranked search needs a word to rank by.
 */
export function parseQuery(query: string): QueryNode | null {
  const node = new Parser(tokenise(query)).parse()
  if (!node || (node.kind === 'and' && node.include.length === 0)) return null
  return node
}
