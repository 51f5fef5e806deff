// Rebuilds reading text from pdf.js text runs: runs become lines, lines become
// paragraphs and headings (by spacing and font size), hyphenated line ends are
// joined, and page furniture (page numbers, running headers and footers) goes.
import type { BlockKind } from '@shared/models'

/** One run of text as pdf.js reports it, reduced to what layout needs. */
export interface TextRun {
  text: string
  x: number
  y: number
  width: number
  /** Font size in page units. */
  size: number
  endOfLine: boolean
}

export interface PdfLine {
  text: string
  x: number
  y: number
  width: number
  size: number
}

export interface PdfBlock {
  kind: BlockKind
  text: string
  level?: number
}

export function linesOf(runs: TextRun[]): PdfLine[] {
  const lines: PdfLine[] = []
  let current: PdfLine | undefined
  const finish = () => {
    if (current && current.text.trim().length > 0) lines.push({ ...current, text: current.text.trim() })
    current = undefined
  }
  for (const run of runs) {
    if (current && Math.abs(run.y - current.y) > Math.max(run.size, current.size) * 0.5) finish()
    if (run.text.length > 0) {
      if (!current) current = { text: run.text, x: run.x, y: run.y, width: run.width, size: run.size }
      else {
        const gap = run.x - (current.x + current.width)
        const spaced = /\s$/.test(current.text) || /^\s/.test(run.text)
        // A visible gap (or a jump back, as in right-to-left text) between runs is a word break.
        if (!spaced && (gap > run.size * 0.15 || gap < -run.size)) current.text += ' '
        current.text += run.text
        const right = Math.max(current.x + current.width, run.x + run.width)
        current.x = Math.min(current.x, run.x)
        current.width = right - current.x
        current.size = Math.max(current.size, run.size)
      }
    }
    if (run.endOfLine) finish()
  }
  finish()
  return lines
}

const PAGE_NUMBER =
  /^(?:(?:page|p\.|pg\.?|صفحة)\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?(?:\s*(?:of|\/|من)\s*\d{1,4})?$/i
const EDGE_LINES = 2

/**
 * Drops page numbers at the top or bottom of each page, and running headers
 * and footers: small lines at an edge that recur at the same height on most
 * pages (digits aside, so "Report 2025 · 3" matches "Report 2025 · 4").
 * Headings at the top of each page are larger than body text and stay.
 */
export function removePageFurniture(pages: PdfLine[][]): PdfLine[][] {
  const bodySize = bodyTextSize(pages)
  const isSmall = (line: PdfLine) => line.size <= bodySize * 1.05
  const edgeKeys = pages.map((lines) => new Set(edgeLines(lines).filter(isSmall).map(furnitureKey)))
  const counts = new Map<string, number>()
  for (const keys of edgeKeys) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  const repeated = new Set(
    [...counts].filter(([, count]) => count >= 3 && count >= pages.length / 2).map(([key]) => key),
  )
  return pages.map((lines) => {
    const edges = new Set(edgeLines(lines))
    return lines.filter(
      (line) =>
        !edges.has(line) ||
        (!PAGE_NUMBER.test(line.text) && !(isSmall(line) && repeated.has(furnitureKey(line)))),
    )
  })
}

function edgeLines(lines: PdfLine[]): PdfLine[] {
  if (lines.length === 0) return []
  const byHeight = [...lines].sort((a, b) => b.y - a.y)
  return [...new Set([...byHeight.slice(0, EDGE_LINES), ...byHeight.slice(-EDGE_LINES)])]
}

/** Same text (digits aside) at the same height. */
function furnitureKey(line: PdfLine): string {
  return `${Math.round(line.y)}|${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}`
}

/** The font size most of the text is set in: the body size headings stand out from. */
export function bodyTextSize(pages: PdfLine[][]): number {
  const weight = new Map<number, number>()
  for (const lines of pages) {
    for (const line of lines) {
      const size = Math.round(line.size * 2) / 2
      weight.set(size, (weight.get(size) ?? 0) + line.text.length)
    }
  }
  let best = 0
  let bestWeight = -1
  for (const [size, total] of weight) if (total > bestWeight) [best, bestWeight] = [size, total]
  return best
}

const HEADING_RATIO = 1.15
const TOP_HEADING_RATIO = 1.5
const MAX_HEADING_LINES = 3
const MAX_HEADING_CHARACTERS = 200

export function blocksOf(lines: PdfLine[], bodySize: number): PdfBlock[] {
  const groups: PdfLine[][] = []
  const typicalWidth = Math.max(...lines.map((line) => line.width), 0)
  let group: PdfLine[] = []
  lines.forEach((line, index) => {
    const previous = lines[index - 1]
    if (previous && startsNewBlock(previous, line, bodySize, typicalWidth)) {
      groups.push(group)
      group = []
    }
    group.push(line)
  })
  if (group.length > 0) groups.push(group)
  return groups.map((group) => toBlock(group, bodySize))
}

function startsNewBlock(previous: PdfLine, line: PdfLine, bodySize: number, typicalWidth: number): boolean {
  const size = Math.max(previous.size, line.size)
  if (Math.abs(previous.size - line.size) > size * 0.2) return true
  const drop = previous.y - line.y
  // A jump up the page is a new column; a gap wider than the leading is a new paragraph.
  if (drop < 0 || drop > size * 1.6) return true
  if (isHeadingSize(previous.size, bodySize)) return false
  // A short line that ends a sentence ends its paragraph, even without extra spacing.
  return /[.!?:"”»؟]$/.test(previous.text) && previous.width < typicalWidth * 0.7
}

function isHeadingSize(size: number, bodySize: number): boolean {
  return bodySize > 0 && size >= bodySize * HEADING_RATIO
}

function toBlock(lines: PdfLine[], bodySize: number): PdfBlock {
  const text = joinLines(lines.map((line) => line.text))
  const size = Math.max(...lines.map((line) => line.size))
  if (
    isHeadingSize(size, bodySize) &&
    lines.length <= MAX_HEADING_LINES &&
    text.length <= MAX_HEADING_CHARACTERS
  ) {
    return {
      kind: 'heading',
      text: text.replace(/\n/g, ' '),
      level: size >= bodySize * TOP_HEADING_RATIO ? 1 : 2,
    }
  }
  if (/^([•●▪◦‣∙·-]|\d{1,2}[.)])\s/.test(text))
    return { kind: 'list-item', text: text.replace(/^([•●▪◦‣∙·-])\s+/, '') }
  return { kind: 'paragraph', text }
}

/** Lines of one paragraph become one line; "coordi-" + "nation" becomes "coordination". */
function joinLines(lines: string[]): string {
  let text = ''
  for (const line of lines) {
    if (text.length === 0) text = line
    else if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line
    else text += ` ${line}`
  }
  return text
}
