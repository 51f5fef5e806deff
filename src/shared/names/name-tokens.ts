// Splits text into word tokens with their offsets, the unit names are matched
// on. A hand-written scan over UTF-16 code units: mention scanning tokenises
// every source in the library, and a Unicode regex was ten times slower.

export interface NameToken {
  /** The token as written (apostrophes inside it kept). */
  raw: string
  start: number
  end: number
  /** What separates this token from the previous one ('' for the first token). */
  gap: string
}

/** Token offsets in flat arrays: what the matcher walks without making objects. */
export interface TokenSpans {
  count: number
  starts: Int32Array
  ends: Int32Array
  /** FNV-1a over each token's code units. */
  hashes: Int32Array
}

const WORD = 1 // a letter, digit or combining mark: \p{L}, \p{N}, \p{M}
const LETTER_OR_MARK = 2 // what may follow an apostrophe inside a word: \p{L}, \p{M}

const WORD_TEST = /^[\p{L}\p{N}\p{M}]$/u
const LETTER_OR_MARK_TEST = /^[\p{L}\p{M}]$/u
/** Classes of the Basic Multilingual Plane, filled in as code units are met; 255 means not yet known. */
const bmpClasses = new Uint8Array(0x10000).fill(255)
const astralClasses = new Map<number, number>()

function classify(character: string): number {
  return (WORD_TEST.test(character) ? WORD : 0) | (LETTER_OR_MARK_TEST.test(character) ? LETTER_OR_MARK : 0)
}

function classOfUnit(unit: number): number {
  let found = bmpClasses[unit]!
  if (found === 255) {
    found = unit >= 0xd800 && unit <= 0xdfff ? 0 : classify(String.fromCharCode(unit))
    bmpClasses[unit] = found
  }
  return found
}

function classOfAstral(codePoint: number): number {
  let found = astralClasses.get(codePoint)
  if (found === undefined) {
    found = classify(String.fromCodePoint(codePoint))
    astralClasses.set(codePoint, found)
  }
  return found
}

/** Straight and curly apostrophes and the backtick, which join the letters around them into one word. */
function isJoiningApostrophe(unit: number): boolean {
  return (
    unit === 0x27 || unit === 0x2019 || unit === 0x2018 || unit === 0x60 || unit === 0x2bf || unit === 0x2be
  )
}

/** The class of the character starting at `index` (a whole surrogate pair when there is one). */
function classAt(text: string, index: number): number {
  const unit = text.charCodeAt(index)
  if (unit < 0x80) {
    if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a)) return WORD | LETTER_OR_MARK
    return unit >= 0x30 && unit <= 0x39 ? WORD : 0
  }
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1)
    if (low >= 0xdc00 && low <= 0xdfff)
      return classOfAstral(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000)
  }
  return classOfUnit(unit)
}

/** How many code units the character at `index` takes: 2 for a surrogate pair. */
function widthAt(text: string, index: number): number {
  const unit = text.charCodeAt(index)
  return unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length ? 2 : 1
}

/**
 * Every word token's [start, end): a run of letters, digits and marks, with an
 * apostrophe inside kept when a letter follows it (Shar'a, Sharaa's). Each
 * token's FNV-1a hash over its code units comes along, for SpellingTable.
 * `reuse` lends arrays from an earlier call, so scanning many texts allocates little.
 */
export function tokenSpans(text: string, reuse?: TokenSpans): TokenSpans {
  // About one token per five characters of English; grown when there are more.
  const capacity = Math.max(16, text.length >> 2)
  const fits = reuse !== undefined && reuse.starts.length >= capacity
  let starts = fits ? reuse.starts : new Int32Array(capacity)
  let ends = fits ? reuse.ends : new Int32Array(capacity)
  let hashes = fits ? reuse.hashes : new Int32Array(capacity)
  let count = 0
  const length = text.length
  let index = 0
  while (index < length) {
    const first = text.charCodeAt(index)
    // ASCII letters and digits inline: most of every source is ASCII.
    const firstIsWord =
      first < 0x80
        ? (first >= 0x61 && first <= 0x7a) ||
          (first >= 0x41 && first <= 0x5a) ||
          (first >= 0x30 && first <= 0x39)
        : (classAt(text, index) & WORD) !== 0
    if (!firstIsWord) {
      index += first < 0x80 ? 1 : widthAt(text, index)
      continue
    }
    const start = index
    let hash = 0x811c9dc5
    for (;;) {
      const unit = text.charCodeAt(index)
      const width = unit < 0xd800 || unit > 0xdbff ? 1 : widthAt(text, index)
      hash = Math.imul(hash ^ unit, 0x01000193)
      if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(index + 1), 0x01000193)
      index += width
      if (index >= length) break
      const next = text.charCodeAt(index)
      if (next < 0x80) {
        if (
          (next >= 0x61 && next <= 0x7a) ||
          (next >= 0x41 && next <= 0x5a) ||
          (next >= 0x30 && next <= 0x39)
        )
          continue
        if (next !== 0x27 && next !== 0x60) break
      } else if (classAt(text, index) & WORD) continue
      if (isJoiningApostrophe(next) && index + 1 < length && classAt(text, index + 1) & LETTER_OR_MARK)
        continue
      break
    }
    if (count === starts.length) {
      starts = grow(starts)
      ends = grow(ends)
      hashes = grow(hashes)
    }
    starts[count] = start
    ends[count] = index
    hashes[count] = hash
    count += 1
  }
  return { count, starts, ends, hashes }
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2)
  bigger.set(array)
  return bigger
}

export function tokeniseNames(text: string): NameToken[] {
  const spans = tokenSpans(text)
  const tokens: NameToken[] = []
  let previousEnd = 0
  for (let i = 0; i < spans.count; i += 1) {
    const start = spans.starts[i]!
    const end = spans.ends[i]!
    tokens.push({ raw: text.slice(start, end), start, end, gap: text.slice(previousEnd, start) })
    previousEnd = end
  }
  return tokens
}

/**
 * Whether the text between two words of one name may separate them: spaces
 * or hyphens, or one line break with spaces around it (a name wrapped across lines).
 */
export function isNameSeparator(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  let lineBreaks = 0
  let hyphens = 0
  for (let index = from; index < to; index += 1) {
    const unit = text.charCodeAt(index)
    if (unit === 0x20 || unit === 0x09 || unit === 0xa0) continue
    if (unit === 0x2d) hyphens += 1
    else if (unit === 0x0a) lineBreaks += 1
    else return false
  }
  // A line break may not come with a hyphen ("Islamic-\nState" is not how a name wraps here).
  return lineBreaks === 0 || (lineBreaks === 1 && hyphens === 0)
}
