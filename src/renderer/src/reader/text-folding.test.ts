import { describe, expect, it } from 'vitest'
import { findMatches, foldText } from './text-folding'

const find = (text: string, query: string, limit = 100) => {
  const { ranges } = findMatches(foldText(text), query, limit)
  return ranges.map((range) => text.slice(range.start, range.end))
}

describe('find in text', () => {
  it('ignores case and accents', () => {
    expect(find('Café, CAFE and café', 'cafe')).toEqual(['Café', 'CAFE', 'café'])
    expect(find('Ministère de l’Intérieur', 'INTERIEUR')).toEqual(['Intérieur'])
  })

  it('includes combining marks that follow a match in the marked text', () => {
    const decomposed = 'cafe\u0301 noir'
    expect(find(decomposed, 'café')).toEqual(['cafe\u0301'])
  })

  it('treats curly and straight apostrophes, and dashes, alike', () => {
    expect(find("Al-Shar’a and al-Shar'a", "al-shar'a")).toEqual(['Al-Shar’a', "al-Shar'a"])
    expect(find('between 24–27 November', '24-27')).toEqual(['24–27'])
  })

  it('matches across line breaks and runs of spaces', () => {
    expect(find('the Interior\n\nMinistry said', 'interior ministry')).toEqual(['Interior\n\nMinistry'])
  })

  it('finds Arabic without diacritics, hamza forms or tatweel', () => {
    expect(find('أعلنت وزارة الداخلية', 'اعلنت')).toEqual(['أعلنت'])
    expect(find('الدَّاخِلِيَّة', 'الداخلية')).toEqual(['الدَّاخِلِيَّة'])
    expect(find('الداخــلية', 'الداخلية')).toEqual(['الداخــلية'])
  })

  it('maps offsets after characters outside the basic plane', () => {
    expect(find('😀 Damascus and 😀 damascus', 'DAMASCUS')).toEqual(['Damascus', 'damascus'])
  })

  it('finds nothing for an empty or blank query', () => {
    expect(find('anything', '')).toEqual([])
    expect(find('anything', '   ')).toEqual([])
  })

  it('stops at the limit and says so', () => {
    const result = findMatches(foldText('a a a a a'), 'a', 3)
    expect(result.ranges).toHaveLength(3)
    expect(result.truncated).toBe(true)
    expect(findMatches(foldText('a a a'), 'a', 3).truncated).toBe(false)
  })
})
