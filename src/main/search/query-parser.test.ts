import { describe, expect, it } from 'vitest'
import { toFtsExpression, wordsExpression } from './fts-expression'
import { parseQuery, positiveTerms } from './query-parser'

const fts = (query: string) => {
  const parsed = parseQuery(query)
  return parsed && toFtsExpression(parsed)
}

describe('parseQuery and toFtsExpression', () => {
  it('reads words, phrases, prefixes and the operators a researcher types', () => {
    expect(fts('coalition')).toBe('"coalition"')
    expect(fts('joint operation')).toBe('"joint" AND "operation"')
    expect(fts('"joint operation"')).toBe('"joint operation"')
    expect(fts('“joint operation” Damascus')).toBe('"joint operation" AND "damascus"')
    expect(fts('coalit*')).toBe('"coalit" *')
    expect(fts('"joint oper"*')).toBe('"joint oper" *')
    expect(fts('Damascus OR Dimashq')).toBe('"damascus" OR "dimashq"')
    expect(fts('coalition AND partner')).toBe('"coalition" AND "partner"')
    expect(fts('coalition NOT Iraq')).toBe('"coalition" NOT "iraq"')
    expect(fts('coalition -Iraq -"Islamic State"')).toBe('"coalition" NOT "iraq" NOT "islamic state"')
  })

  it('gives AND precedence over OR, and parentheses the last word', () => {
    expect(fts('raid OR strike Palmyra')).toBe('"raid" OR ("strike" AND "palmyra")')
    expect(fts('(raid OR strike) Palmyra')).toBe('("raid" OR "strike") AND "palmyra"')
    expect(fts('(raid OR strike) Palmyra NOT (Homs OR Hama)')).toBe(
      '(("raid" OR "strike") AND "palmyra") NOT ("homs" OR "hama")',
    )
    expect(fts('a (NOT b)')).toBe('"a" NOT "b"')
    expect(fts('-(Homs OR Hama) raid')).toBe('"raid" NOT ("homs" OR "hama")')
  })

  it('normalises every word the way the index is normalised', () => {
    expect(fts('Al-Shar’a')).toBe('"al shara"')
    expect(fts('HÉLÈNE')).toBe('"helene"')
    expect(fts('الدَّاخليةِ')).toBe('"الداخليه"')
    expect(fts('al-Sharaa’s*')).toBe('"al sharaa" *')
  })

  it('makes something sensible of bad syntax instead of failing', () => {
    expect(fts('"unbalanced quote')).toBe('"unbalanced quote"')
    expect(fts('((coalition')).toBe('"coalition"')
    expect(fts('coalition))) partner')).toBe('"coalition" AND "partner"')
    expect(fts('OR coalition AND')).toBe('"coalition"')
    expect(fts('coalition OR OR partner')).toBe('"coalition" OR "partner"')
    expect(fts('coalition NOT')).toBe('"coalition"')
    expect(fts('a ") b')).toBe('"a" AND "b"')
    expect(fts('*** --- ()')).toBeNull()
    expect(fts('say "he said ""no"""')).toBe('"say" AND "he said" AND "no"')
    expect(fts('NEAR(a b) col:word ^x')).toBe('"near" AND "a" AND "b" AND "col word" AND "x"')
  })

  it('has nothing to search for in an empty query or one that only excludes', () => {
    expect(parseQuery('')).toBeNull()
    expect(parseQuery('   ')).toBeNull()
    expect(parseQuery('NOT draft')).toBeNull()
    expect(parseQuery('-draft -memo')).toBeNull()
    expect(parseQuery('AND OR NOT')).toBeNull()
  })

  it('flattens very deep nesting so FTS5 never sees more than it accepts', () => {
    const deep = `${'('.repeat(300)}raid${')'.repeat(300)} Palmyra`
    expect(fts(deep)).toBe('"raid" AND "palmyra"')
  })

  it('lists the wanted terms for highlighting, and their words for the fallback', () => {
    const parsed = parseQuery('"joint operation" OR raid* NOT Homs')!
    expect(positiveTerms(parsed)).toEqual([
      { kind: 'term', words: ['joint', 'operation'], prefix: false },
      { kind: 'term', words: ['raid'], prefix: true },
    ])
    expect(wordsExpression(parsed)).toBe('"joint" "operation" "raid"')
  })
})
