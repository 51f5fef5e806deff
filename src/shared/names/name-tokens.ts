// Splits text into word tokens with their offsets, the unit names are matched on.

export interface NameToken {
  /** The token as written (apostrophes inside it kept). */
  raw: string
  start: number
  end: number
  /** What separates this token from the previous one ('' for the first token). */
  gap: string
}

// Letters, digits and the marks that live inside transliterated names (straight
// and curly apostrophes, ʿ ʾ, backtick); Arabic combining marks (tashkeel) too.
const TOKEN = /[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}]|['’‘ʿʾ`](?=[\p{L}\p{M}]))*(?:['’]s\b)?/gu

export function tokeniseNames(text: string): NameToken[] {
  const tokens: NameToken[] = []
  let previousEnd = 0
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index
    tokens.push({ raw: match[0], start, end: start + match[0].length, gap: text.slice(previousEnd, start) })
    previousEnd = start + match[0].length
  }
  return tokens
}
