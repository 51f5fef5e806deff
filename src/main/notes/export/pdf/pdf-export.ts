// A note as a PDF, made in plain Node with pdfkit (so the CLI makes it too):
// Noto Sans and Noto Naskh Arabic embedded, headings, paragraphs, lists,
// tables, quotations with footnote citations at the foot of their page, the
// bibliography, and page numbers.
import PDFDocument from 'pdfkit'
import { bibliography, citationLine, footnoteText } from '../citations'
import type { Block, Inline, ListBlock, NoteDocument } from '../document-model'
import { FontBook } from './pdf-fonts'
import { MUTED, PdfLayout } from './pdf-layout'
import { TextMeasurer, type Piece } from './pdf-text'

const BODY = 10.5
const HEADING_SIZES = [17, 14.5, 12.5, 11.5, 11, 10.5]
const ACCENT = '#3b5bdb'
const LIST_INDENT = 20

/** The fonts are read once per process: parsing their CSS and files is the slow part of a small export. */
let fontBook: FontBook | undefined

function piecesOf(inlines: readonly Inline[], base: Omit<Piece, 'text'>): Piece[] {
  const pieces: Piece[] = []
  for (const inline of inlines) {
    if (inline.kind === 'break') pieces.push({ ...base, text: '\n' })
    else if (inline.kind === 'mention') pieces.push({ ...base, text: inline.name, bold: true, color: ACCENT })
    else if (inline.kind === 'link') {
      const link = /^(https?:|mailto:)/i.test(inline.url) ? inline.url : undefined
      pieces.push(
        ...piecesOf(inline.children, { ...base, color: ACCENT, underline: true, ...(link ? { link } : {}) }),
      )
    } else {
      const { marks } = inline
      const size = marks.subscript || marks.superscript ? base.size * 0.7 : base.size
      pieces.push({
        ...base,
        text: inline.text,
        size,
        bold: base.bold === true || marks.bold,
        italic: base.italic === true || marks.italic,
        underline: base.underline === true || marks.underline,
        strike: marks.strikethrough,
        ...(marks.code ? { color: '#8a3b12' } : {}),
        ...(marks.superscript
          ? { raise: base.size * 0.35 }
          : marks.subscript
            ? { raise: -base.size * 0.15 }
            : {}),
      })
    }
  }
  return pieces
}

function footnoteMark(number: number, size: number): Piece {
  return { text: String(number), size: size * 0.65, raise: size * 0.4, color: ACCENT, footnote: number }
}

export async function pdfExport(document: NoteDocument): Promise<Uint8Array> {
  fontBook ??= new FontBook()
  const fonts = fontBook
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: document.title, Creator: 'Weft', Producer: 'Weft' },
    lang: 'en',
    displayTitle: true,
  })
  for (const font of fonts.all()) doc.registerFont(font.name, font.path)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve())
    doc.on('error', reject)
  })

  const measurer = new TextMeasurer(doc, fonts)
  const footnotes = new Map(
    document.footnotes.map((note) => [
      note.number,
      [
        { text: `${note.number}. `, size: 8.5, color: MUTED },
        { text: footnoteText(note.citation), size: 8.5, color: MUTED },
      ],
    ]),
  )
  const layout = new PdfLayout(doc, measurer, footnotes)

  const list = (block: ListBlock, depth: number) => {
    block.items.forEach((item, index) => {
      const indent = LIST_INDENT * (depth + 1)
      const marker =
        block.style === 'number'
          ? [{ text: `${block.start + index}.`, size: BODY }]
          : block.style === 'bullet'
            ? [{ text: depth % 2 === 0 ? '•' : '◦', size: BODY }]
            : undefined
      const pieces = piecesOf(item.inlines, { size: BODY })
      const rtl = /[\u0590-\u08FF]/u.test(
        pieces
          .map((piece) => piece.text)
          .join('')
          .trim()
          .slice(0, 40),
      )
      layout.paragraph(pieces, {
        indent,
        rtl,
        spaceAfter: 2,
        ...(marker ? { marker } : {}),
        ...(block.style === 'check' ? { checkbox: item.checked === true } : {}),
      })
      for (const child of item.children) list(child, depth + 1)
    })
  }

  const add = (block: Block) => {
    switch (block.kind) {
      case 'heading': {
        const size = HEADING_SIZES[Math.min(block.level, 6) - 1]!
        layout.paragraph(piecesOf(block.inlines, { size, bold: true }), {
          rtl: block.dir === 'rtl',
          leading: 1.3,
          spaceBefore: size * 0.9,
          spaceAfter: size * 0.35,
          keepWithNext: BODY * 3,
        })
        return
      }
      case 'paragraph':
        layout.paragraph(piecesOf(block.inlines, { size: BODY }), {
          rtl: block.dir === 'rtl',
          spaceAfter: BODY * 0.7,
        })
        return
      case 'blockquote':
        layout.paragraph(piecesOf(block.inlines, { size: BODY, italic: true, color: MUTED }), {
          rtl: block.dir === 'rtl',
          indent: 18,
          bar: '#c4c8d0',
          spaceBefore: 4,
          spaceAfter: BODY,
        })
        return
      case 'quotation': {
        const { citation, number } = block.footnote
        layout.paragraph([{ text: block.exact, size: BODY + 0.5 }, footnoteMark(number, BODY + 0.5)], {
          rtl: block.dir === 'rtl',
          indent: 18,
          bar: ACCENT,
          spaceBefore: 6,
        })
        const where = citationLine(citation)
        layout.paragraph([{ text: where, size: 8.5, color: MUTED }], {
          indent: 18,
          bar: ACCENT,
          spaceAfter: BODY,
          // Under an Arabic quotation the citation sits on the right too.
          rtl: block.dir === 'rtl',
        })
        return
      }
      case 'list':
        layout.space(2)
        list(block, 0)
        layout.space(BODY * 0.5)
        return
      case 'rule':
        layout.rule()
        return
      case 'code':
        layout.paragraph([{ text: block.text, size: BODY - 1, color: '#8a3b12' }], {
          indent: 12,
          spaceAfter: BODY,
        })
        return
      case 'table':
        layout.table(
          block.rows.map((row) =>
            row.map((cell) => ({
              header: cell.header,
              pieces: piecesOf(cell.inlines, { size: BODY - 0.5, bold: cell.header }),
            })),
          ),
        )
        return
    }
  }

  layout.paragraph([{ text: document.title, size: 22, bold: true }], { leading: 1.25, spaceAfter: 14 })
  for (const block of document.blocks) add(block)
  const entries = bibliography(document.sources)
  if (entries.length > 0) {
    layout.paragraph([{ text: 'Bibliography', size: HEADING_SIZES[0]!, bold: true }], {
      leading: 1.3,
      spaceBefore: 20,
      spaceAfter: 6,
      keepWithNext: BODY * 3,
    })
    for (const entry of entries) {
      layout.paragraph(
        entry.parts.map((part) => ({
          text: part.text,
          size: BODY - 0.5,
          ...(part.url ? { link: part.text, color: ACCENT } : {}),
        })),
        { spaceAfter: 6, hanging: 24 },
      )
    }
  }
  layout.finish()
  doc.end()
  await done
  return new Uint8Array(Buffer.concat(chunks))
}
