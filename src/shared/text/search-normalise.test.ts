import { describe, expect, it } from 'vitest'
import { normaliseForSearch, normaliseWithOffsets, searchWords } from './search-normalise'

const words = (text: string) => searchWords(normaliseForSearch(text))

describe('normaliseForSearch', () => {
  it('folds case and Latin diacritics, and letters with no decomposition', () => {
    expect(words('Hélène DUPONT, Ḥayʾat Taḥrīr al-Shām')).toEqual([
      'helene',
      'dupont',
      'hayat',
      'tahrir',
      'al',
      'sham',
    ])
    expect(words('Straße Œuvre Øresund Łódź İstanbul ﬁnal')).toEqual([
      'strasse',
      'oeuvre',
      'oresund',
      'lodz',
      'istanbul',
      'final',
    ])
    // A decomposed accent (e + combining acute) folds like the precomposed one.
    expect(normaliseForSearch('cafe\u0301')).toBe(normaliseForSearch('café'))
  })

  it('treats straight, curly and modifier apostrophes alike', () => {
    const forms = ["Al-Shar'a", 'Al-Shar’a', 'al-Sharʼa', 'al-Sharʿa', 'AL-SHAR`A']
    for (const form of forms) expect(words(form)).toEqual(['al', 'shara'])
    // Possessives drop their s; a plural possessive's apostrophe separates.
    expect(words('al-Sharaa’s government')).toEqual(['al', 'sharaa', 'government'])
    expect(words("the ministries' forces")).toEqual(['the', 'ministries', 'forces'])
    // French elision separates; other apostrophes join.
    expect(words("l'armée d’Alep qu'il")).toEqual(['l', 'armee', 'd', 'alep', 'qu', 'il'])
    expect(words("don't O'Brien")).toEqual(['dont', 'obrien'])
  })

  it('strips tashkeel and tatweel and unifies Arabic spelling variants', () => {
    expect(normaliseForSearch('الْعَمَلِيَّاتِ')).toBe('العمليات')
    expect(normaliseForSearch('الداخلـــية')).toBe(normaliseForSearch('الداخلية'))
    // Alef forms, ta marbuta, alif maqsura, hamza on waw and yeh.
    expect(words('أعلنت إسلامية آمنة ٱلله على مؤتمر سئل')).toEqual([
      'اعلنت',
      'اسلاميه',
      'امنه',
      'الله',
      'علي',
      'موتمر',
      'سيل',
    ])
    expect(normaliseForSearch('وزارةُ الدَّاخليةِ')).toBe(normaliseForSearch('وزاره الداخليه'))
    // Presentation forms (from PDFs), ligatures of several words, and Arabic-Indic digits.
    expect(words('ﻻ ﺃ ١٢٣ ۴٥')).toEqual(['لا', 'ا', '123', '45'])
    expect(words('محمد ﷺ')).toEqual(['محمد', 'صلي', 'الله', 'عليه', 'وسلم'])
  })

  it('turns punctuation, symbols and spaces into single word breaks', () => {
    expect(words('CENTCOM/ISIS — "joint" (operation); 24–27 Nov. 😀x')).toEqual([
      'centcom',
      'isis',
      'joint',
      'operation',
      '24',
      '27',
      'nov',
      'x',
    ])
    expect(normaliseForSearch('')).toBe('')
  })
})

describe('normaliseWithOffsets', () => {
  it('maps every normalised unit back to the original characters it came from', () => {
    const original = "Al-Shar'a met وزارةُ الدَّاخليةِ"
    const { text, starts, ends } = normaliseWithOffsets(original)
    expect(text).toBe(normaliseForSearch(original))
    const originalOf = (word: string) => {
      const at = text.indexOf(word)
      return original.slice(starts[at], ends[at + word.length - 1])
    }
    expect(originalOf('shara')).toBe("Shar'a")
    expect(originalOf('وزاره')).toBe('وزارةُ')
    expect(originalOf('الداخليه')).toBe('الدَّاخليةِ')
  })

  it('keeps offsets right past characters that fold to two (ß) and surrogate pairs', () => {
    const original = 'Große 𝐁old words'
    const { text, starts, ends } = normaliseWithOffsets(original)
    expect(text).toBe('grosse bold words')
    const at = text.indexOf('words')
    expect(original.slice(starts[at], ends[at + 4])).toBe('words')
    expect(original.slice(starts[text.indexOf('bold')], ends[text.indexOf('bold') + 3])).toBe('𝐁old')
  })
})
