import { describe, expect, it } from 'vitest'
import {
  cleanLanguage,
  cleanTitle,
  cleanUrl,
  guessLanguage,
  splitAuthors,
  toPartialDate,
} from './metadata-values'

describe('toPartialDate', () => {
  it('keeps the calendar date as written, at the precision given', () => {
    expect(toPartialDate('2025-11-28T23:45:00-05:00')).toBe('2025-11-28')
    expect(toPartialDate('2025-11')).toBe('2025-11')
    expect(toPartialDate('2025')).toBe('2025')
    expect(toPartialDate('20251124')).toBe('2025-11-24')
    expect(toPartialDate('24 November 2025')).toBe('2025-11-24')
    expect(toPartialDate('Nov. 10, 2025')).toBe('2025-11-10')
  })

  it('gives null for what is not a date or has no year', () => {
    expect(toPartialDate('2025-02-30')).toBeNull()
    expect(toPartialDate('Tuesday')).toBeNull()
    expect(toPartialDate('3 hours ago')).toBeNull()
    expect(toPartialDate('')).toBeNull()
  })
})

describe('splitAuthors', () => {
  it('splits bylines and lists, keeps "Surname, Given" together, and drops links and duplicates', () => {
    expect(splitAuthors(['By Jane Doe and John Roe'])).toEqual(['Jane Doe', 'John Roe'])
    expect(splitAuthors(['Doe, Jane; Roe, John'])).toEqual(['Doe, Jane', 'Roe, John'])
    expect(splitAuthors(['Jane Doe, John Roe', 'jane doe'])).toEqual(['Jane Doe', 'John Roe'])
    expect(splitAuthors(['https://site.example/authors/x', 'desk@site.example', null])).toEqual([])
  })
})

describe('cleanUrl, cleanLanguage, cleanTitle, guessLanguage', () => {
  it('keeps only http(s) URLs', () => {
    expect(cleanUrl('https://a.example/x?y=1')).toBe('https://a.example/x?y=1')
    expect(cleanUrl('javascript:alert(1)')).toBeNull()
    expect(cleanUrl('/relative/path')).toBeNull()
  })

  it('normalises language tags', () => {
    expect(cleanLanguage('en_us')).toBe('en-US')
    expect(cleanLanguage('AR')).toBe('ar')
    expect(cleanLanguage('english please')).toBeNull()
  })

  it('shortens long titles at a word', () => {
    expect(cleanTitle('  A   title \n here ')).toBe('A title here')
    expect(cleanTitle(`${'word '.repeat(100)}`, 30)).toBe('word word word word word word…')
  })

  it('recognises Arabic text', () => {
    expect(guessLanguage('أعلنت وزارة الداخلية السورية أن وحداتها نفذت إحدى وستين مداهمة')).toBe('ar')
    expect(guessLanguage('The Interior Ministry said on Tuesday that its units carried out raids')).toBeNull()
  })
})
