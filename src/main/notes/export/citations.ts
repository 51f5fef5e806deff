// Citations in Chicago style: the footnote for each quoted passage, and the
// bibliography (author-date) of the sources a note cites:
//   Doe, Jane, and Omar Haddad. 2025. “Title.” Publisher, November 28, 2025. URL.
// Sources without authors start with the title; a year, a month or a day is
// shown as far as it is known; undated sources read "n.d.".
import type { CitationSnapshot } from '@shared/notes'

/** A piece of a citation; `url` marks one formats may turn into a link. */
export interface CitationPart {
  text: string
  url?: boolean
}

export interface BibliographyEntry {
  sourceId: number
  parts: CitationPart[]
  /** The whole entry as plain text. */
  text: string
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
/** Chicago lists up to ten authors; past that, the first seven and "et al." */
const MAX_LISTED_AUTHORS = 10
const LISTED_WHEN_TRUNCATED = 7
/** Arabic articles Chicago ignores when alphabetising (al-Sharaa sorts under S). */
const ARTICLE = /^(?:al|el|ad|ash|as|at|az|an|ar|ath|adh)[-‐‑]/i

/** "2025", "November 2025" or "November 28, 2025" from a partial date. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-')
  const monthName = month ? MONTHS[Number(month) - 1] : undefined
  if (!monthName) return year ?? date
  return day ? `${monthName} ${Number(day)}, ${year}` : `${monthName} ${year}`
}

function yearOf(citation: CitationSnapshot): string {
  return citation.publishedDate?.slice(0, 4) ?? 'n.d.'
}

/** “Title.” with the period inside the quotes, unless the title ends in its own punctuation. */
function quotedTitle(title: string, closing: '.' | ','): string {
  const trimmed = title.trim()
  return /[.?!]$/.test(trimmed) ? `“${trimmed}”` : `“${trimmed}${closing}”`
}

function splitName(name: string): { given: string; family: string } {
  const trimmed = name.trim()
  if (trimmed.includes(',')) {
    const [family, given] = trimmed.split(',', 2)
    return { family: family!.trim(), given: (given ?? '').trim() }
  }
  const space = trimmed.lastIndexOf(' ')
  return space < 0
    ? { family: trimmed, given: '' }
    : { family: trimmed.slice(space + 1), given: trimmed.slice(0, space) }
}

/** Corporate authors (an office, a ministry, a newsroom) are written as they are, never inverted. */
const CORPORATE =
  /\b(office|ministry|agency|institute|institution|group|council|committee|cent(er|re)|command|department|staff|desk|service|news|press|team|bureau|forces|coalition|organi[sz]ation|association|foundation|university|government|reporters?|editors?)\b/i
/** Names in Arabic or Hebrew script keep their own order (inversion is for romanized names). */
const RTL_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u

function isInvertible(name: string): boolean {
  return !CORPORATE.test(name) && !RTL_SCRIPT.test(name)
}

/** "Doe, Jane" for the first author (inverted for sorting), the rest as written. */
function invertedName(name: string): string {
  if (!isInvertible(name) && !name.includes(',')) return name.trim()
  const { given, family } = splitName(name)
  return given ? `${family}, ${given}` : family
}

function displayName(name: string): string {
  const { given, family } = splitName(name)
  return given ? `${given} ${family}` : family
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  if (names.length === 2) return `${names[0]} and ${names[1]}`
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`
}

/** The bibliography's author list: first author inverted, the rest as written. */
function bibliographyAuthors(authors: readonly string[]): string {
  const listed = authors.length > MAX_LISTED_AUTHORS ? authors.slice(0, LISTED_WHEN_TRUNCATED) : authors
  const names = listed.map((name, index) => (index === 0 ? invertedName(name) : displayName(name)))
  if (authors.length > MAX_LISTED_AUTHORS) return `${names.join(', ')}, et al.`
  if (names.length === 2) return `${names[0]}, and ${names[1]}`
  return joinNames(names)
}

function withPeriod(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`
}

/** Where and when: "Levant Monitor, November 28, 2025." (the year alone is already in the entry). */
function publication(citation: CitationSnapshot): string | undefined {
  const date =
    citation.publishedDate && citation.publishedDate.length > 4
      ? formatPartialDate(citation.publishedDate)
      : ''
  const publisher = citation.publisher?.trim() ?? ''
  if (!publisher && !date) return undefined
  return withPeriod(publisher && date ? `${publisher}, ${date}` : publisher || date)
}

/** The short line under a quotation: title · publisher · date. */
export function citationLine(citation: CitationSnapshot): string {
  const date = citation.publishedDate ? formatPartialDate(citation.publishedDate) : ''
  return [citation.title, citation.publisher, date].filter(Boolean).join(' · ')
}

/** The footnote for a quoted passage (Chicago notes style). */
export function footnoteText(citation: CitationSnapshot): string {
  const parts: string[] = []
  const authors = citation.authors.map(displayName)
  if (authors.length > 3) parts.push(`${authors[0]} et al., `)
  else if (authors.length > 0) parts.push(`${joinNames(authors)}, `)
  parts.push(quotedTitle(citation.title, ','))
  const where = [
    citation.publisher?.trim(),
    citation.publishedDate ? formatPartialDate(citation.publishedDate) : '',
  ]
    .filter(Boolean)
    .join(', ')
  parts.push(where ? ` ${where}.` : '')
  let text = parts.join('')
  if (!where) text = text.replace(/,”$/, '.”')
  return citation.url ? `${text} ${citation.url}` : text
}

function sortKey(citation: CitationSnapshot): string {
  const first = citation.authors[0]
  const lead = first ? (isInvertible(first) ? splitName(first).family : first) : citation.title
  return lead
    .replace(ARTICLE, '')
    .replace(/^[“"'‘(]+/, '')
    .toLocaleLowerCase('en')
}

/** The bibliography: sorted by author (or title), with 2025a, 2025b for one author's works of a year. */
export function bibliography(sources: readonly CitationSnapshot[]): BibliographyEntry[] {
  const sorted = [...sources].sort(
    (a, b) =>
      sortKey(a).localeCompare(sortKey(b), 'en') ||
      yearOf(a).localeCompare(yearOf(b)) ||
      a.title.localeCompare(b.title, 'en'),
  )
  const groups = new Map<string, CitationSnapshot[]>()
  for (const citation of sorted) {
    if (citation.authors.length === 0) continue
    const key = `${citation.authors.join('|')}#${yearOf(citation)}`
    groups.set(key, [...(groups.get(key) ?? []), citation])
  }
  return sorted.map((citation) => {
    const group =
      citation.authors.length > 0
        ? groups.get(`${citation.authors.join('|')}#${yearOf(citation)}`)
        : undefined
    const suffix = group && group.length > 1 ? String.fromCharCode(97 + group.indexOf(citation)) : ''
    const plainYear = yearOf(citation)
    // Chicago writes undated works of one author n.d.-a, n.d.-b.
    const year = withPeriod(
      suffix ? (plainYear === 'n.d.' ? `n.d.-${suffix}` : `${plainYear}${suffix}`) : plainYear,
    )
    const parts: CitationPart[] = []
    if (citation.authors.length > 0) {
      parts.push({
        text: `${withPeriod(bibliographyAuthors(citation.authors))} ${year} ${quotedTitle(citation.title, '.')}`,
      })
    } else {
      parts.push({ text: `${quotedTitle(citation.title, '.')} ${year}` })
    }
    const where = publication(citation)
    if (where) parts.push({ text: ` ${where}` })
    if (citation.url) parts.push({ text: ' ' }, { text: citation.url, url: true }, { text: '.' })
    return { sourceId: citation.sourceId, parts, text: parts.map((part) => part.text).join('') }
  })
}
