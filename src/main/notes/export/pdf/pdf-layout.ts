// Lays blocks of styled text out on A4 pages: lines placed top to bottom, a
// new page when the next line (and the footnotes it refers to) would not fit,
// each page's footnotes at its foot under a short rule, page numbers last.
import { breakLines, visualOrder, type Line, type Piece, type TextMeasurer, type Word } from './pdf-text'

export const PAGE = { width: 595.28, height: 841.89, margin: 64 }
const FOOTNOTE_GAP = 10
export const MUTED = '#5b6270'

export interface ParagraphOptions {
  /** Extra room on the start side (left, or right in a right-to-left paragraph). */
  indent?: number
  rtl?: boolean
  /** Line height as a multiple of the largest font size. */
  leading?: number
  spaceBefore?: number
  spaceAfter?: number
  /** Drawn before the first line, in the indent: a list number or bullet. */
  marker?: Piece[]
  /** An empty or ticked box instead of a marker (check lists). */
  checkbox?: boolean | undefined
  /** A vertical bar beside every line (quotations, block quotes). */
  bar?: string
  /** Keep the first line with what follows (headings). */
  keepWithNext?: number
  /** Lines after the first start this much further in (bibliography entries). */
  hanging?: number
}

export class PdfLayout {
  private y = PAGE.margin
  private readonly footnoteLines = new Map<number, Line[]>()
  private pageFootnotes: number[] = []
  private reserved = 0

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly measurer: TextMeasurer,
    footnotes: ReadonlyMap<number, Piece[]>,
  ) {
    for (const [number, pieces] of footnotes) {
      this.footnoteLines.set(number, breakLines(measurer.words(pieces), this.width))
    }
  }

  get width(): number {
    return PAGE.width - PAGE.margin * 2
  }

  private get bottom(): number {
    return PAGE.height - PAGE.margin - this.reserved
  }

  space(points: number): void {
    if (this.y > PAGE.margin) this.y = Math.min(this.y + points, this.bottom)
  }

  paragraph(pieces: readonly Piece[], options: ParagraphOptions = {}): void {
    const { indent = 0, rtl = false, leading = 1.5, hanging = 0 } = options
    const lines = breakLines(this.measurer.words(pieces), this.width - indent, this.width - indent - hanging)
    if (lines.length === 0) {
      this.space((options.spaceBefore ?? 0) + (options.spaceAfter ?? 0) + 12)
      return
    }
    this.space(options.spaceBefore ?? 0)
    lines.forEach((line, index) => {
      const hasRtl = line.words.some((word) => word.rtl)
      const height = line.size * (hasRtl ? Math.max(leading, 1.75) : leading)
      const keep = index === 0 ? (options.keepWithNext ?? 0) : 0
      this.makeRoom(height + keep, line.footnotes)
      const top = this.y
      this.drawLine(line, top, height, index === 0 ? indent : indent + hanging, rtl)
      if (index === 0 && options.marker) this.drawMarker(options.marker, top, height, indent, rtl)
      if (index === 0 && options.checkbox !== undefined)
        this.drawCheckbox(options.checkbox, top, height, indent, rtl, line.size)
      if (options.bar) {
        const x = rtl ? PAGE.width - PAGE.margin - indent + 10 : PAGE.margin + indent - 13
        this.doc.rect(x, top, 3, height).fill(options.bar)
      }
      this.y += height
      this.pageFootnotes.push(...line.footnotes)
    })
    this.space(options.spaceAfter ?? 0)
  }

  rule(): void {
    this.makeRoom(24, [])
    this.y += 12
    this.doc
      .moveTo(PAGE.margin, this.y)
      .lineTo(PAGE.width - PAGE.margin, this.y)
      .lineWidth(0.75)
      .stroke('#c4c8d0')
    this.y += 12
  }

  /** A table: equal columns, each row kept on one page, a grid of thin lines. */
  table(rows: readonly { pieces: Piece[]; header: boolean }[][]): void {
    const columns = Math.max(...rows.map((row) => row.length))
    if (columns === 0) return
    const cellWidth = this.width / columns
    const padding = 5
    this.space(6)
    for (const row of rows) {
      const cells = row.map((cell) => breakLines(this.measurer.words(cell.pieces), cellWidth - padding * 2))
      const lineHeight = (line: Line) => line.size * 1.45
      const height =
        Math.max(...cells.map((lines) => lines.reduce((sum, line) => sum + lineHeight(line), 0))) +
        padding * 2
      this.makeRoom(
        height,
        cells.flat().flatMap((line) => line.footnotes),
      )
      const top = this.y
      cells.forEach((lines, column) => {
        const left = PAGE.margin + column * cellWidth
        if (row[column]?.header) this.doc.rect(left, top, cellWidth, height).fill('#eef0f5')
        this.doc.rect(left, top, cellWidth, height).lineWidth(0.5).stroke('#c4c8d0')
        let y = top + padding
        for (const line of lines) {
          const rtl =
            line.words.some((word) => word.rtl) && !line.words.some((word) => !word.rtl && !word.neutral)
          this.drawLine(line, y, lineHeight(line), 0, rtl, {
            left: left + padding,
            right: left + cellWidth - padding,
          })
          y += lineHeight(line)
        }
      })
      this.y += height
    }
    this.space(6)
  }

  /** Writes the last page's footnotes and every page's number. */
  finish(): void {
    this.flushFootnotes()
    const range = this.doc.bufferedPageRange()
    for (let index = 0; index < range.count; index += 1) {
      this.doc.switchToPage(range.start + index)
      const label = `${index + 1} / ${range.count}`
      const font = this.measurer.fonts.fontFor('1', { bold: false, italic: false })
      const width = this.measurer.width(label, font, 8.5)
      this.doc
        .font(font)
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(label, (PAGE.width - width) / 2, PAGE.height - PAGE.margin / 2, {
          lineBreak: false,
          baseline: 'alphabetic',
        })
    }
  }

  private footnotesHeight(numbers: readonly number[]): number {
    return numbers.reduce(
      (sum, number) =>
        sum + (this.footnoteLines.get(number) ?? []).reduce((h, line) => h + line.size * 1.4, 0) + 2,
      0,
    )
  }

  /** A new page unless `height` more (and these footnotes) fit on this one. */
  private makeRoom(height: number, footnotes: readonly number[]): void {
    const extra =
      footnotes.length > 0 ? this.footnotesHeight(footnotes) + (this.reserved === 0 ? FOOTNOTE_GAP : 0) : 0
    if (this.y + height + extra <= this.bottom || this.y === PAGE.margin) {
      this.reserved += extra
      return
    }
    this.flushFootnotes()
    this.doc.addPage()
    this.y = PAGE.margin
    this.reserved = extra
  }

  private flushFootnotes(): void {
    if (this.pageFootnotes.length === 0) return
    let y = PAGE.height - PAGE.margin - this.footnotesHeight(this.pageFootnotes)
    this.doc
      .moveTo(PAGE.margin, y - 5)
      .lineTo(PAGE.margin + 120, y - 5)
      .lineWidth(0.5)
      .stroke('#a0a4ac')
    for (const number of this.pageFootnotes) {
      for (const line of this.footnoteLines.get(number) ?? []) {
        this.drawLine(line, y, line.size * 1.4, 0, false)
        y += line.size * 1.4
      }
      y += 2
    }
    this.pageFootnotes = []
    this.reserved = 0
  }

  private drawLine(
    line: Line,
    top: number,
    height: number,
    indent: number,
    rtl: boolean,
    box = { left: PAGE.margin, right: PAGE.width - PAGE.margin },
  ): void {
    const baseline = top + (height - line.size) / 2 + line.size * 0.95
    let x = rtl ? box.right - indent - line.width : box.left + indent
    const words = visualOrder(line.words, rtl)
    words.forEach((word, index) => {
      this.drawWord(word, x, baseline)
      const next = words[index + 1]
      const gap = next ? word.space || next.space : 0
      const last = word.segments.at(-1)
      // A link or underline of several words runs on under the spaces between them.
      if (next && last?.underline && next.segments[0]?.underline && last.color === next.segments[0].color) {
        this.doc.rect(x + word.width, baseline + last.size * 0.12, gap, 0.6).fill(last.color)
      }
      x += word.width + gap
    })
  }

  private drawWord(word: Word, x: number, baseline: number): void {
    const segments = word.rtl ? [...word.segments].reverse() : word.segments
    for (const segment of segments) {
      const y = baseline - segment.raise
      this.doc.font(segment.font).fontSize(segment.size).fillColor(segment.color)
      this.doc.text(segment.text, x, y, { lineBreak: false, baseline: 'alphabetic' })
      if (segment.underline) this.doc.rect(x, y + segment.size * 0.12, segment.width, 0.6).fill(segment.color)
      if (segment.strike) this.doc.rect(x, y - segment.size * 0.3, segment.width, 0.6).fill(segment.color)
      if (segment.link) this.doc.link(x, y - segment.size, segment.width, segment.size * 1.25, segment.link)
      x += segment.width
    }
  }

  private drawMarker(marker: Piece[], top: number, height: number, indent: number, rtl: boolean): void {
    const [line] = breakLines(this.measurer.words(marker), indent)
    if (!line) return
    const gap = 6
    const x = rtl ? PAGE.width - PAGE.margin - indent + gap : PAGE.margin + indent - gap - line.width
    this.drawLine(line, top, height, 0, false, { left: x, right: x + line.width })
  }

  private drawCheckbox(
    checked: boolean,
    top: number,
    height: number,
    indent: number,
    rtl: boolean,
    size: number,
  ): void {
    const side = size * 0.8
    const x = rtl ? PAGE.width - PAGE.margin - indent + 6 : PAGE.margin + indent - 6 - side
    const y = top + (height - side) / 2
    this.doc.rect(x, y, side, side).lineWidth(0.8).stroke('#5b6270')
    if (checked) {
      this.doc
        .moveTo(x + side * 0.2, y + side * 0.55)
        .lineTo(x + side * 0.42, y + side * 0.78)
        .lineTo(x + side * 0.82, y + side * 0.22)
        .lineWidth(1.2)
        .stroke('#3b5bdb')
    }
  }
}
