import { describe, expect, it } from 'vitest'
import { toFtsExpression } from './fts-expression'
import { expandLongPrefixes, MAX_EXPANSION } from './prefix-expansion'
import { parseQuery } from './query-parser'

const WORDS = ['report', 'reported', 'reporters', 'reports', 'operation', 'operations']
const lookup = (prefix: string, max: number) =>
  WORDS.filter((word) => word.startsWith(prefix)).slice(0, max + 1)
const expanded = (query: string, wordsStartingWith = lookup) =>
  toFtsExpression(expandLongPrefixes(parseQuery(query)!, wordsStartingWith))

describe('expandLongPrefixes', () => {
  it('turns a prefix longer than the prefix indexes into the words it matches', () => {
    expect(expanded('repor*')).toBe('"report" OR "reported" OR "reporters" OR "reports"')
    expect(expanded('"joint operat"* Palmyra')).toBe(
      '("joint operation" OR "joint operations") AND "palmyra"',
    )
    expect(expanded('reporte* NOT operation*')).toBe(
      '("reported" OR "reporters") NOT ("operation" OR "operations")',
    )
  })

  it('leaves short prefixes to their index, and prefixes matching nothing or too much to FTS5', () => {
    expect(expanded('repo*')).toBe('"repo" *')
    expect(expanded('zzzzz*')).toBe('"zzzzz" *')
    const many = () => Array.from({ length: MAX_EXPANSION + 1 }, (_, index) => `inter${index}`)
    expect(expanded('inter*', many)).toBe('"inter" *')
    expect(expanded('reports')).toBe('"reports"')
  })
})
