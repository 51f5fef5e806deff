import { describe, expect, it } from 'vitest'
import { tokenSpans } from './name-tokens'
import { SpellingTable, type SpellingInfo } from './spelling-table'

const describeWord = (raw: string): SpellingInfo => ({
  folded: raw.length,
  exact: -1,
  article: raw === 'al' ? 1 : 0,
  possessive: raw.endsWith("'s"),
  foldedHash: 0,
  exactHash: 0,
})

function lookupAll(table: SpellingTable, text: string): number[] {
  const spans = tokenSpans(text)
  return Array.from({ length: spans.count }, (_, i) =>
    table.lookup(text, spans.starts[i]!, spans.ends[i]!, spans.hashes[i]!),
  )
}

describe('SpellingTable', () => {
  it('gives one index per spelling, straight from the text, and describes each once', () => {
    const seen: string[] = []
    const table = new SpellingTable((raw) => {
      seen.push(raw)
      return describeWord(raw)
    })
    const [the, state, the2, al, states] = lookupAll(table, "the State the al State's")
    expect(the).toBe(the2)
    expect(new Set([the, state, al, states]).size).toBe(4)
    expect(seen).toEqual(['the', 'State', 'al', "State's"])
    expect(table.article[al!]).toBe(1)
    expect(table.possessive[states!]).toBe(1)
    expect(table.folded[state!]).toBe(5)
  })

  it('keeps every spelling findable as it grows', () => {
    const table = new SpellingTable(describeWord)
    const words = Array.from({ length: 5000 }, (_, index) => `w${index.toString(36)}x`)
    const first = lookupAll(table, words.join(' '))
    expect(new Set(first).size).toBe(5000)
    expect(lookupAll(table, [...words].reverse().join(' '))).toEqual([...first].reverse())
  })

  it('marks each spelling once per text', () => {
    const table = new SpellingTable(describeWord)
    const [a, b] = lookupAll(table, 'alpha beta')
    const mark = table.nextMark()
    expect([table.markOnce(a!, mark), table.markOnce(a!, mark), table.markOnce(b!, mark)]).toEqual([
      true,
      false,
      true,
    ])
    expect(table.markOnce(a!, table.nextMark())).toBe(true)
  })
})
