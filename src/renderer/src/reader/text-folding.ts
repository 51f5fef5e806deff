// Case- and accent-insensitive matching for find in page. The text is folded
// once (lower case, no combining marks, one kind of space, apostrophe and
// dash) with a map back to the original offsets, so a match on the folded text
// marks exactly the right characters of the original.
import type { TextRange } from '@shared/models'

export interface FoldedText {
  folded: string
  /** Offset in the original text where folded[i] comes from. */
  starts: number[]
  /** Offset in the original text where folded[i]'s source ends (dropped marks after it included). */
  ends: number[]
}

export interface FoundMatches {
  ranges: TextRange[]
  /** True when there were more matches than the limit. */
  truncated: boolean
}

const SPACE = /\s/u
const COMBINING_MARK = /\p{M}/gu
// Characters that carry no meaning for finding: tatweel, soft hyphen, zero-width and direction marks.
const IGNORED = /[\u0640\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/u
const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u02bc\u02bb\u2032\u0060\u00b4]/u
const QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/u
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/u

const foldedChars = new Map<string, string>()

/** The folded form of one code point: '' when it should be ignored, ' ' for any space. */
function foldChar(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32)
    return code === 9 || code === 10 || code === 13 || code === 12 ? ' ' : char
  }
  const known = foldedChars.get(char)
  if (known !== undefined) return known
  let folded: string
  if (SPACE.test(char)) folded = ' '
  else if (IGNORED.test(char)) folded = ''
  else if (APOSTROPHES.test(char)) folded = "'"
  else if (QUOTES.test(char)) folded = '"'
  else if (DASHES.test(char)) folded = '-'
  // NFKD also undoes ligatures and Arabic presentation forms, common in text taken from PDFs.
  else folded = char.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase()
  foldedChars.set(char, folded)
  return folded
}

export function foldText(text: string): FoldedText {
  const out: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let lastWasSpace = false
  let index = 0
  while (index < text.length) {
    const codePoint = text.codePointAt(index)!
    const width = codePoint > 0xffff ? 2 : 1
    const folded = foldChar(text.slice(index, index + width))
    const next = index + width
    if (folded === '' || (folded === ' ' && lastWasSpace)) {
      // Dropped marks and runs of spaces belong to the character before them.
      if (ends.length > 0) ends[ends.length - 1] = next
    } else {
      // One entry per UTF-16 unit, so indexes into the folded string index these arrays.
      for (let unit = 0; unit < folded.length; unit++) {
        out.push(folded[unit]!)
        starts.push(index)
        ends.push(next)
      }
      lastWasSpace = folded === ' '
    }
    index = next
  }
  return { folded: out.join(''), starts, ends }
}

/** The query folded the same way, without spaces at either end. */
export function foldQuery(query: string): string {
  return foldText(query).folded.trim()
}

/** Every non-overlapping occurrence of `query`, in the original text's offsets, up to `limit`. */
export function findMatches(text: FoldedText, query: string, limit: number): FoundMatches {
  const needle = foldQuery(query)
  const ranges: TextRange[] = []
  if (needle.length === 0) return { ranges, truncated: false }
  let from = text.folded.indexOf(needle)
  while (from !== -1) {
    if (ranges.length === limit) return { ranges, truncated: true }
    const last = from + needle.length - 1
    ranges.push({ start: text.starts[from]!, end: text.ends[last]! })
    from = text.folded.indexOf(needle, from + needle.length)
  }
  return { ranges, truncated: false }
}
