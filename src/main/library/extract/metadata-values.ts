// Cleans metadata values found in files (dates, authors, URLs, languages)
// into the forms the library stores, or drops them when they make no sense.
import { isValidPartialDate } from '@shared/partial-date'

const MAX_AUTHOR_LENGTH = 100
const MAX_AUTHORS = 20

/** "2025-11-24T09:30:00+02:00", "2025-11", "20251124", "24 November 2025" → a partial date. */
export function toPartialDate(value: string | null | undefined): string | null {
  const text = value?.trim()
  if (!text) return null
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])/.exec(text)
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|[T\s\d])/.exec(text)
  const match = iso ?? compact
  if (match) {
    const candidate = [match[1], match[2], match[3]].filter(Boolean).join('-')
    return isValidPartialDate(candidate) ? candidate : null
  }
  if (!/\b\d{4}\b/.test(text)) return null // "Tuesday" or "3 days ago" say nothing of the year
  const parsed = new Date(text)
  if (Number.isNaN(parsed.getTime())) return null
  const date = [
    String(parsed.getFullYear()).padStart(4, '0'),
    String(parsed.getMonth() + 1).padStart(2, '0'),
    String(parsed.getDate()).padStart(2, '0'),
  ].join('-')
  return isValidPartialDate(date) ? date : null
}

/** "By Jane Doe and John Roe", "Doe, Jane; Roe, John" → distinct names. */
export function splitAuthors(values: (string | null | undefined)[]): string[] {
  const names: string[] = []
  const seen = new Set<string>()
  for (const value of values) {
    const cleaned = collapse(value ?? '').replace(/^(written\s+)?by[:\s]+/i, '')
    if (!cleaned) continue
    // "Doe, Jane" is one person; "Jane Doe, John Roe" is two.
    const commaSeparatedNames = cleaned.split(',').every((part) => part.trim().includes(' '))
    const parts = cleaned.split(
      commaSeparatedNames ? /\s*(?:;|,|\||&|\band\b)\s*/i : /\s*(?:;|\||&|\band\b)\s*/i,
    )
    for (const part of parts) {
      const name = part.trim().replace(/^by\s+/i, '')
      const key = name.toLocaleLowerCase()
      if (!isPlausibleName(name) || seen.has(key)) continue
      seen.add(key)
      names.push(name)
      if (names.length >= MAX_AUTHORS) return names
    }
  }
  return names
}

function isPlausibleName(name: string): boolean {
  return (
    name.length >= 2 &&
    name.length <= MAX_AUTHOR_LENGTH &&
    !/^(https?:|www\.)/i.test(name) &&
    !name.includes('@') &&
    /\p{L}/u.test(name)
  )
}

/** Only absolute http(s) URLs are kept: a source's URL is for citing, never for loading. */
export function cleanUrl(value: string | null | undefined): string | null {
  const text = value?.trim()
  if (!text || text.length > 2000) return null
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** "en_US", "EN-gb", "ar" → a BCP 47 tag ("en-US", "en-GB", "ar"); anything else → null. */
export function cleanLanguage(value: string | null | undefined): string | null {
  const text = value?.trim().replace(/_/g, '-')
  if (!text || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(text)) return null
  const [primary, ...rest] = text.split('-')
  return [
    primary!.toLowerCase(),
    ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part.toLowerCase())),
  ].join('-')
}

/** Text that is mostly Arabic script is Arabic; used when a file names no language. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 4000)
  const letters = sample.match(/\p{L}/gu)?.length ?? 0
  const arabic = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0
  return letters > 20 && arabic / letters > 0.5 ? 'ar' : null
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** A title as stored: one line, no more than `max` characters (cut at a word). */
export function cleanTitle(value: string | null | undefined, max = 300): string | null {
  const text = collapse(value ?? '')
  if (!text) return null
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`
}
