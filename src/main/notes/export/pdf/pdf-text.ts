// Styled text for the PDF: pieces split into words, each word into runs of one
// font, measured; words broken into lines; each line put in visual order
// (right-to-left paragraphs and Arabic words inside Latin ones read correctly).
import type { FontBook } from './pdf-fonts'

export interface Piece {
  text: string
  size: number
  bold?: boolean
  italic?: boolean
  color?: string
  underline?: boolean
  strike?: boolean
  link?: string
  /** Points above the baseline (superscript footnote numbers). */
  raise?: number
  /** A footnote this piece refers to: it must land on the page with its line. */
  footnote?: number
}

export interface Segment {
  text: string
  font: string
  size: number
  width: number
  color: string
  underline: boolean
  strike: boolean
  link: string | undefined
  raise: number
}

export interface Word {
  segments: Segment[]
  width: number
  /** The width of the space after it; 0 when none. */
  space: number
  rtl: boolean
  /** No strong direction (numbers, punctuation): it takes its neighbours'. */
  neutral: boolean
  footnotes: number[]
  /** A line break forced here (a line break in the note). */
  breakAfter: boolean
}

export interface Line {
  words: Word[]
  width: number
  /** The largest font size on the line, for its height. */
  size: number
  footnotes: number[]
}

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u
const LTR_CHAR = /[\p{L}]/u

export class TextMeasurer {
  private readonly widths = new Map<string, number>()

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly fonts: FontBook,
  ) {}

  width(text: string, font: string, size: number): number {
    const key = `${font}\u0000${size}\u0000${text}`
    let width = this.widths.get(key)
    if (width === undefined) {
      width = this.doc.font(font).fontSize(size).widthOfString(text)
      this.widths.set(key, width)
    }
    return width
  }

  /** The pieces as words; spaces separate words, line breaks end lines. */
  words(pieces: readonly Piece[]): Word[] {
    const words: Word[] = []
    let current: Word | undefined
    const finish = () => {
      if (current && current.segments.length > 0) words.push(current)
      current = undefined
    }
    for (const piece of pieces) {
      const style = { bold: piece.bold === true, italic: piece.italic === true }
      for (const char of piece.text) {
        if (char === '\n') {
          if (!current) current = emptyWord()
          current.breakAfter = true
          words.push(current)
          current = undefined
          continue
        }
        if (/\s/.test(char)) {
          if (current) {
            current.space = this.width(' ', this.fonts.fontFor(' ', style), piece.size)
            finish()
          }
          continue
        }
        current ??= emptyWord()
        if (piece.footnote !== undefined && !current.footnotes.includes(piece.footnote)) {
          current.footnotes.push(piece.footnote)
        }
        const font = this.fonts.fontFor(char, style)
        const last = current.segments.at(-1)
        if (last && last.font === font && sameLook(last, piece)) {
          last.text += char
        } else {
          current.segments.push({
            text: char,
            font,
            size: piece.size,
            width: 0,
            color: piece.color ?? '#1d2025',
            underline: piece.underline === true,
            strike: piece.strike === true,
            link: piece.link,
            raise: piece.raise ?? 0,
          })
        }
      }
    }
    finish()
    for (const word of words) {
      let text = ''
      word.width = 0
      for (const segment of word.segments) {
        segment.width = this.width(segment.text, segment.font, segment.size)
        word.width += segment.width
        text += segment.text
      }
      word.rtl = RTL_CHAR.test(text)
      word.neutral = !word.rtl && !LTR_CHAR.test(text)
    }
    return words
  }
}

function emptyWord(): Word {
  return { segments: [], width: 0, space: 0, rtl: false, neutral: true, footnotes: [], breakAfter: false }
}

function sameLook(segment: Segment, piece: Piece): boolean {
  return (
    segment.size === piece.size &&
    segment.color === (piece.color ?? '#1d2025') &&
    segment.underline === (piece.underline === true) &&
    segment.strike === (piece.strike === true) &&
    segment.link === piece.link &&
    segment.raise === (piece.raise ?? 0)
  )
}

/**
 * Greedy line breaking; a word wider than the line gets a line of its own.
 * `restWidth` narrows the lines after the first (a hanging indent).
 */
export function breakLines(words: readonly Word[], width: number, restWidth = width): Line[] {
  const lines: Line[] = []
  let line: Line = { words: [], width: 0, size: 0, footnotes: [] }
  const push = () => {
    lines.push(line)
    line = { words: [], width: 0, size: 0, footnotes: [] }
  }
  for (const word of words) {
    const previous = line.words.at(-1)
    const needed = (previous ? previous.space : 0) + word.width
    if (previous && line.width + needed > (lines.length === 0 ? width : restWidth)) push()
    line.width += line.words.length > 0 ? line.words.at(-1)!.space + word.width : word.width
    line.words.push(word)
    line.size = Math.max(line.size, ...word.segments.map((segment) => segment.size))
    line.footnotes.push(...word.footnotes)
    if (word.breakAfter) push()
  }
  if (line.words.length > 0) push()
  return lines
}

/**
 * The line's words left to right as they are drawn. In a right-to-left
 * paragraph the order of runs is reversed, but a run of Latin words (or
 * numbers) keeps its own order; in a left-to-right one a run of Arabic words
 * is reversed in place. Each Arabic word is shaped right to left by the font.
 */
export function visualOrder(words: readonly Word[], rtlParagraph: boolean): Word[] {
  const runs: { rtl: boolean; words: Word[] }[] = []
  for (const word of words) {
    const rtl = word.neutral ? (runs.at(-1)?.rtl ?? rtlParagraph) : word.rtl
    const last = runs.at(-1)
    if (last && last.rtl === rtl) last.words.push(word)
    else runs.push({ rtl, words: [word] })
  }
  const ordered = rtlParagraph ? runs.reverse() : runs
  return ordered.flatMap((run) => (run.rtl ? [...run.words].reverse() : run.words))
}
