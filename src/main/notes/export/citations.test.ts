import { describe, expect, it } from 'vitest'
import type { CitationSnapshot } from '@shared/notes'
import { bibliography, footnoteText, formatPartialDate } from './citations'

const source = (fields: Partial<CitationSnapshot>): CitationSnapshot => ({
  sourceId: 1,
  title: 'Syria joins the coalition',
  authors: [],
  publisher: null,
  publishedDate: null,
  url: null,
  ...fields,
})

describe('Chicago author-date bibliography', () => {
  it('writes authors, year, title, publisher with the date as far as known, and URL', () => {
    const [entry] = bibliography([
      source({
        authors: ['Jane Doe', 'Omar Haddad'],
        publisher: 'Levant Monitor',
        publishedDate: '2025-11-28',
        url: 'https://example.org/coalition',
      }),
    ])
    expect(entry!.text).toBe(
      'Doe, Jane, and Omar Haddad. 2025. “Syria joins the coalition.” Levant Monitor, November 28, 2025. https://example.org/coalition.',
    )
    expect(entry!.parts.find((part) => part.url)?.text).toBe('https://example.org/coalition')
  })

  it('starts with the title when there is no author, and handles partial and missing dates', () => {
    const entries = bibliography([
      source({
        sourceId: 1,
        title: 'Joint operations centre agreed in Amman',
        publishedDate: '2025-03',
        publisher: 'Petra',
      }),
      source({ sourceId: 2, title: 'Interior Ministry statement', publishedDate: '2025' }),
      source({ sourceId: 3, title: 'Undated field notes' }),
    ])
    expect(entries.map((entry) => entry.text)).toEqual([
      '“Interior Ministry statement.” 2025.',
      '“Joint operations centre agreed in Amman.” 2025. Petra, March 2025.',
      '“Undated field notes.” n.d.',
    ])
  })

  it('lists three authors in Chicago order and sorts by surname ignoring the Arabic article', () => {
    const entries = bibliography([
      source({ sourceId: 1, title: 'B', authors: ['Ahmed al-Sharaa'], publishedDate: '2024' }),
      source({
        sourceId: 2,
        title: 'A',
        authors: ['Lina Haddad', 'Sam Roe', 'Tom Yi'],
        publishedDate: '2025',
      }),
    ])
    expect(entries.map((entry) => entry.text)).toEqual([
      'Haddad, Lina, Sam Roe, and Tom Yi. 2025. “A.”',
      'al-Sharaa, Ahmed. 2024. “B.”',
    ])
  })

  it('tells one author’s works of the same year apart with letters', () => {
    const entries = bibliography([
      source({ sourceId: 1, title: 'Second look', authors: ['Jane Doe'], publishedDate: '2025-02' }),
      source({ sourceId: 2, title: 'First look', authors: ['Jane Doe'], publishedDate: '2025-01' }),
    ])
    expect(entries.map((entry) => entry.text.slice(0, 16))).toEqual(['Doe, Jane. 2025a', 'Doe, Jane. 2025b'])
  })

  it('writes corporate authors and names in Arabic script as they are', () => {
    const entries = bibliography([
      source({ sourceId: 1, title: 'بيان', authors: ['المكتب الإعلامي'], publishedDate: '2025-12-02' }),
      source({
        sourceId: 2,
        title: 'Statement',
        authors: ['Syrian Interior Ministry Media Office'],
        publishedDate: '2025',
      }),
    ])
    expect(entries.map((entry) => entry.text)).toEqual([
      'Syrian Interior Ministry Media Office. 2025. “Statement.”',
      'المكتب الإعلامي. 2025. “بيان.” December 2, 2025.',
    ])
  })

  it('keeps a title’s own question mark instead of adding a period', () => {
    expect(bibliography([source({ title: 'Who leads the fight?' })])[0]!.text).toBe(
      '“Who leads the fight?” n.d.',
    )
  })
})

describe('footnotes', () => {
  it('cite the passage’s source in Chicago note style', () => {
    expect(
      footnoteText(
        source({
          authors: ['Jane Doe'],
          publisher: 'Levant Monitor',
          publishedDate: '2025-11',
          url: 'https://x.example',
        }),
      ),
    ).toBe('Jane Doe, “Syria joins the coalition,” Levant Monitor, November 2025. https://x.example')
    expect(footnoteText(source({}))).toBe('“Syria joins the coalition.”')
    expect(footnoteText(source({ authors: ['A B', 'C D', 'E F', 'G H'] }))).toMatch(/^A B et al\., /)
  })

  it('format partial dates', () => {
    expect(formatPartialDate('2025')).toBe('2025')
    expect(formatPartialDate('2025-03')).toBe('March 2025')
    expect(formatPartialDate('2025-03-09')).toBe('March 9, 2025')
  })
})
