// The one text normalisation search uses, applied identically to what is
// indexed and to what is typed: case, Latin diacritics, Arabic spelling
// variants and apostrophes fold away, and everything that is not a letter or a
// digit becomes a space. So the index only ever holds words separated by
// spaces, and a search for "Shar’a" or "الشرع" finds every way they are written.

/** Normalised text plus where each of its UTF-16 units came from in the original. */
export interface NormalisedText {
  text: string
  /** For each unit of `text`, the offset in the original where the character it came from starts. */
  starts: Uint32Array
  /** For each unit of `text`, the offset in the original just after it (and after any marks folded into it). */
  ends: Uint32Array
}

/** Straight, curly and modifier apostrophes, and the ʿayn/hamza signs of transliterations. */
const APOSTROPHES = new Set([
  0x27, 0x60, 0xb4, 0x2018, 0x2019, 0x2032, 0x02bc, 0x02bb, 0x02be, 0x02bf, 0xff07,
])

/**
 * A word made of one of these and an apostrophe is a French elision ("l'armée",
 * "d'Alep", "qu'il"): the apostrophe separates. Elsewhere it joins ("Shar'a" is
 * "shara", so it meets "al-Shara").
 */
const ELIDED_WORDS = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu'])

/** Characters Unicode decomposition leaves alone but readers treat as spelling variants. */
const FOLDS = new Map<number, string>([
  // Arabic: tatweel (a stretching stroke), alef forms, ta marbuta, alif maqsura,
  // Persian yeh and keheh as typed on Persian keyboards.
  [0x0640, ''],
  [0x0671, 'ا'],
  [0x0672, 'ا'],
  [0x0673, 'ا'],
  [0x0629, 'ه'],
  [0x0649, 'ي'],
  [0x06cc, 'ي'],
  [0x06a9, 'ك'],
  // Latin letters with no decomposition.
  [0x00df, 'ss'],
  [0x1e9e, 'ss'],
  [0x00e6, 'ae'],
  [0x00c6, 'ae'],
  [0x0153, 'oe'],
  [0x0152, 'oe'],
  [0x00f8, 'o'],
  [0x00d8, 'o'],
  [0x0111, 'd'],
  [0x0110, 'd'],
  [0x0142, 'l'],
  [0x0141, 'l'],
  [0x0127, 'h'],
  [0x0126, 'h'],
  [0x0131, 'i'],
  [0x00fe, 'th'],
  [0x00de, 'th'],
  [0x00f0, 'd'],
  [0x00d0, 'd'],
])
// Arabic-Indic and Persian digits read as the digits they are.
for (let digit = 0; digit <= 9; digit += 1) {
  FOLDS.set(0x0660 + digit, String(digit))
  FOLDS.set(0x06f0 + digit, String(digit))
}

const MARK = /\p{M}/u
const WORD_CHARACTER = /[\p{L}\p{N}\p{Co}]/u
const SEPARATOR = ' '
/** What each code point beyond the ASCII table folds to, computed once per code point. */
const foldCache = new Map<number, string>()

/**
 * What one code point becomes: '' (dropped, as marks and tatweel are), ' '
 * (a separator), or one or more lower-case letters or digits.
 */
function foldCodePoint(codePoint: number): string {
  const cached = foldCache.get(codePoint)
  if (cached !== undefined) return cached
  const folded = foldUncached(codePoint)
  foldCache.set(codePoint, folded)
  return folded
}

function foldUncached(codePoint: number): string {
  const direct = FOLDS.get(codePoint)
  if (direct !== undefined) return direct
  // Compatibility decomposition splits accents (é → e + ◌́), hamza carriers
  // (أ → ا + ◌ٔ, ؤ → و + ◌ٔ, ئ → ي + ◌ٔ), ligatures and Arabic presentation
  // forms, some into several words (ﷺ, ½): what is between them separates.
  const decomposed = String.fromCodePoint(codePoint).normalize('NFKD').toLowerCase()
  let result = ''
  for (const char of decomposed) {
    if (MARK.test(char)) continue
    const again = FOLDS.get(char.codePointAt(0)!)
    if (again !== undefined) result += again
    else if (WORD_CHARACTER.test(char)) result += char
    else if (result.length > 0 && !result.endsWith(SEPARATOR)) result += SEPARATOR
  }
  result = result.trimEnd()
  if (result.length > 0) return result
  // Nothing but marks (tashkeel, combining accents) vanishes; anything else separates.
  return MARK.test(String.fromCodePoint(codePoint)) ? '' : SEPARATOR
}

/** ASCII folded by table: lower-case letters and digits stay, everything else separates. */
const ASCII_FOLD = new Uint16Array(128).fill(0x20)
for (let code = 0x30; code <= 0x39; code += 1) ASCII_FOLD[code] = code
for (let code = 0x61; code <= 0x7a; code += 1) ASCII_FOLD[code] = code
for (let code = 0x41; code <= 0x5a; code += 1) ASCII_FOLD[code] = code + 32

const SPACE = 0x20
const LOWER_S = 0x73

/** Whether the code point at `index` folds to a word character (not a separator, not nothing). */
function startsWord(text: string, index: number): boolean {
  if (index >= text.length) return false
  const codePoint = text.codePointAt(index)!
  if (codePoint < 0x80) return ASCII_FOLD[codePoint] !== SPACE
  const folded = foldCodePoint(codePoint)
  return folded.length > 0 && folded.charCodeAt(0) !== SPACE
}

/** Normalises text for the index or a query. */
export function normaliseForSearch(text: string): string {
  return new Normaliser(text, false).run().text
}

/** Normalises and keeps, for each unit, where it came from, so matches map back to the original. */
export function normaliseWithOffsets(text: string): NormalisedText {
  const { text: normalised, starts, ends } = new Normaliser(text, true).run()
  return { text: normalised, starts: starts!, ends: ends! }
}

/** One pass over the text, writing UTF-16 units into a growing buffer. */
class Normaliser {
  private out: Uint16Array
  private starts: Uint32Array | undefined
  private ends: Uint32Array | undefined
  private length = 0
  /** Where the current word began in `out`. */
  private wordStart = 0

  constructor(
    private readonly text: string,
    withOffsets: boolean,
  ) {
    // The original may fold to more units than it has (ß → ss); grow when needed.
    const capacity = text.length + 16
    this.out = new Uint16Array(capacity)
    this.starts = withOffsets ? new Uint32Array(capacity) : undefined
    this.ends = withOffsets ? new Uint32Array(capacity) : undefined
  }

  run(): { text: string; starts?: Uint32Array; ends?: Uint32Array } {
    const { text } = this
    let dropNextLetter = false
    let index = 0
    while (index < text.length) {
      const code = text.charCodeAt(index)
      if (code < 0x80 && code !== 0x27 && code !== 0x60 && !dropNextLetter) {
        index = this.asciiRun(index)
        continue
      }
      const codePoint = text.codePointAt(index)!
      const end = index + (codePoint > 0xffff ? 2 : 1)
      if (dropNextLetter) {
        this.push(SPACE, index, end)
        dropNextLetter = false
      } else if (APOSTROPHES.has(codePoint)) {
        const role = this.apostropheRole(index)
        if (role === 'join') this.extendLast(end)
        else this.push(SPACE, index, end)
        dropNextLetter = role === 'possessive'
      } else {
        const folded = foldCodePoint(codePoint)
        if (folded.length === 0) this.extendLast(end)
        for (let unit = 0; unit < folded.length; unit += 1) this.push(folded.charCodeAt(unit), index, end)
      }
      index = end
    }
    const normalised = decode(this.out.subarray(0, this.length))
    if (!this.starts || !this.ends) return { text: normalised }
    return {
      text: normalised,
      starts: this.starts.subarray(0, this.length),
      ends: this.ends.subarray(0, this.length),
    }
  }

  /**
   * The hot path: a run of plain ASCII (no apostrophe) folded by table, one
   * unit per character; returns where the run ends.
   */
  private asciiRun(from: number): number {
    const { text } = this
    while (this.length + (text.length - from) > this.out.length) this.grow()
    const { out, starts, ends } = this
    let length = this.length
    let wordStart = this.wordStart
    let index = from
    for (; index < text.length; index += 1) {
      const code = text.charCodeAt(index)
      if (code >= 0x80 || code === 0x27 || code === 0x60) break
      const unit = ASCII_FOLD[code]!
      out[length] = unit
      if (starts && ends) {
        starts[length] = index
        ends[length] = index + 1
      }
      length += 1
      if (unit === SPACE) wordStart = length
    }
    this.length = length
    this.wordStart = wordStart
    return index
  }

  private push(unit: number, start: number, end: number): void {
    if (this.length === this.out.length) this.grow()
    this.out[this.length] = unit
    if (this.starts && this.ends) {
      this.starts[this.length] = start
      this.ends[this.length] = end
    }
    this.length += 1
    if (unit === SPACE) this.wordStart = this.length
  }

  /** A dropped character (a mark, a joining apostrophe) belongs to the letter before it. */
  private extendLast(end: number): void {
    if (this.ends && this.length > this.wordStart) this.ends[this.length - 1] = end
  }

  private grow(): void {
    const size = this.out.length * 2
    const grown = new Uint16Array(size)
    grown.set(this.out)
    this.out = grown
    if (this.starts && this.ends) {
      const starts = new Uint32Array(size)
      const ends = new Uint32Array(size)
      starts.set(this.starts)
      ends.set(this.ends)
      this.starts = starts
      this.ends = ends
    }
  }

  /**
   * An apostrophe inside a word joins it ("Shar'a" → "shara"), except a
   * possessive "'s", which separates and drops the s, and a French elision
   * ("l'armée"), which separates. Elsewhere it separates.
   */
  private apostropheRole(index: number): 'join' | 'separate' | 'possessive' {
    const { text } = this
    const wordLength = this.length - this.wordStart
    if (wordLength === 0 || !startsWord(text, index + 1)) return 'separate'
    const next = text.charCodeAt(index + 1)
    if ((next === LOWER_S || next === 0x53) && !startsWord(text, index + 2)) return 'possessive'
    if (wordLength <= 2 && ELIDED_WORDS.has(decode(this.out.subarray(this.wordStart, this.length)))) {
      return 'separate'
    }
    return 'join'
  }
}

const UTF16 = new TextDecoder('utf-16le')

/** UTF-16 units to a string. */
function decode(units: Uint16Array): string {
  return UTF16.decode(units)
}

/** The words of normalised text. */
export function searchWords(normalised: string): string[] {
  return normalised.split(SEPARATOR).filter((word) => word.length > 0)
}
