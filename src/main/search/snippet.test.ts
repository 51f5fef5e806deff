import { describe, expect, it } from 'vitest'
import { findMatches } from './find-matches'
import { parseQuery, positiveTerms } from './query-parser'
import { cutSnippet } from './snippet'

const termsOf = (query: string) => positiveTerms(parseQuery(query)!)
const marked = (snippet: { snippet: string; highlights: [number, number][] }) => {
  let out = ''
  let at = 0
  for (const [start, end] of snippet.highlights) {
    out += `${snippet.snippet.slice(at, start)}[${snippet.snippet.slice(start, end)}]`
    at = end
  }
  return out + snippet.snippet.slice(at)
}

describe('findMatches', () => {
  it('finds words, phrases and prefixes as ranges of the original text', () => {
    const text = 'The joint  operation, Joint-Operation and joint operations with Al-Shar’a’s men.'
    const ranges = (query: string) =>
      findMatches(text, termsOf(query)).map((match) => text.slice(match.start, match.end))
    expect(ranges('"joint operation"')).toEqual(['joint  operation', 'Joint-Operation'])
    expect(ranges('"joint operation"*')).toEqual(['joint  operation', 'Joint-Operation', 'joint operations'])
    expect(ranges("shar'a")).toEqual(['Shar’a'])
    expect(ranges('al-Shara')).toEqual(['Al-Shar’a'])
    expect(ranges('oper')).toEqual([])
  })

  it('matches Arabic with and without tashkeel and returns the written form', () => {
    const text = 'أعلنت وزارةُ الدَّاخليةِ السورية'
    for (const query of ['الداخلية', 'الدَّاخليةِ', 'الداخليه']) {
      const [match] = findMatches(text, termsOf(query))
      expect(text.slice(match!.start, match!.end)).toBe('الدَّاخليةِ')
    }
  })
})

describe('cutSnippet', () => {
  const long = `${'Opening words fill the start of this report. '.repeat(12)}Then the coalition met in Amman\nand agreed a joint operations centre with Jordan, Iraq and Lebanon. ${'Closing words pad the end. '.repeat(12)}`

  it('shows the original text around the matches, on word boundaries, with the matches marked', () => {
    const snippet = cutSnippet(long, findMatches(long, termsOf('coalition Amman')))
    expect(snippet.snippet.startsWith('…')).toBe(true)
    expect(snippet.snippet.endsWith('…')).toBe(true)
    expect(snippet.snippet.length).toBeLessThanOrEqual(205)
    expect(marked(snippet)).toContain('Then the [coalition] met in [Amman] and agreed')
    expect(long.slice(snippet.match!.start, snippet.match!.end)).toBe('coalition')
    // Line breaks read as spaces; words are never cut.
    expect(snippet.snippet).not.toContain('\n')
    expect(snippet.snippet.slice(1).split(' ')[0]).toMatch(/^[A-Z]?[a-z.]+$/)
  })

  it('prefers the place where most different terms meet', () => {
    const text = `Jordan is mentioned here. ${'Filler text without the words. '.repeat(10)}Jordan and Iraq agreed in Amman.`
    const snippet = cutSnippet(text, findMatches(text, termsOf('Jordan Iraq Amman')))
    expect(marked(snippet)).toContain('[Jordan] and [Iraq] agreed in [Amman].')
    expect(text.slice(snippet.match!.start)).toMatch(/^Jordan and Iraq/)
  })

  it('falls back to the opening of the text when nothing matches, with no highlight', () => {
    const snippet = cutSnippet(long, [])
    expect(snippet.snippet.startsWith('Opening words')).toBe(true)
    expect(snippet.highlights).toEqual([])
    expect(snippet.match).toBeNull()
  })

  it('merges overlapping highlights, and highlights only a space apart', () => {
    const text = 'The joint operation began.'
    const snippet = cutSnippet(text, findMatches(text, termsOf('"joint operation" OR joint')))
    expect(marked(snippet)).toBe('The [joint operation] began.')
    const words = 'A joint\n\noperation, then a joint, operation.'
    const merged = cutSnippet(words, findMatches(words, termsOf('joint operation')))
    expect(marked(merged)).toBe('A [joint operation], then a [joint], [operation].')
    // The reader opens on the whole marked stretch.
    expect(words.slice(merged.match!.start, merged.match!.end)).toBe('joint\n\noperation')
  })
})
