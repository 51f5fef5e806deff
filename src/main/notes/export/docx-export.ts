// A note as a Word document: Word's own Title and Heading styles, real
// numbered and bulleted lists, a Quote style for quotations, each quoted
// passage's citation as a real footnote, and the bibliography at the end.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type ParagraphChild,
} from 'docx'
import { bibliography, footnoteText } from './citations'
import { inlineText, type Block, type Inline, type ListBlock, type NoteDocument } from './document-model'
import { textDirection, type Direction } from './text-direction'

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const
const BULLETS = ['•', '◦', '▪']
/** Twentieths of a point: half an inch per list level. */
const INDENT_STEP = 720

function numberingConfig(starts: ReadonlySet<number>): INumberingOptions {
  const levels = (format: 'bullet' | 'decimal') =>
    Array.from({ length: 9 }, (_, level) => ({
      level,
      format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
      text: format === 'bullet' ? BULLETS[level % BULLETS.length]! : `%${level + 1}.`,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: INDENT_STEP * (level + 1), hanging: 360 } } },
    }))
  return {
    config: [
      { reference: 'bullets', levels: levels('bullet') },
      ...[...starts].map((start) => ({
        reference: `numbers-${start}`,
        levels: levels('decimal').map((level) => (level.level === 0 ? { ...level, start } : level)),
      })),
    ],
  }
}

interface RunStyle {
  rtl: boolean
  link?: boolean
  bold?: boolean
}

function runs(inlines: readonly Inline[], style: RunStyle): ParagraphChild[] {
  const children: ParagraphChild[] = []
  const { rtl, link = false } = style
  for (const inline of inlines) {
    if (inline.kind === 'break') children.push(new TextRun({ break: 1 }))
    else if (inline.kind === 'mention')
      children.push(new TextRun({ text: inline.name, bold: true, ...(rtl ? { rightToLeft: true } : {}) }))
    else if (inline.kind === 'link') {
      const inner = runs(inline.children, { ...style, link: true })
      if (/^(https?:|mailto:)/i.test(inline.url)) {
        children.push(new ExternalHyperlink({ link: inline.url, children: inner }))
      } else {
        children.push(...inner)
      }
    } else {
      const { marks } = inline
      children.push(
        new TextRun({
          text: inline.text,
          // Only what is set: Word's defaults cover the rest, and the XML stays readable.
          ...(marks.bold || style.bold ? { bold: true } : {}),
          ...(marks.italic ? { italics: true } : {}),
          ...(marks.strikethrough ? { strike: true } : {}),
          ...(marks.subscript ? { subScript: true } : {}),
          ...(marks.superscript ? { superScript: true } : {}),
          ...(rtl ? { rightToLeft: true } : {}),
          ...(marks.underline ? { underline: {} } : {}),
          ...(marks.code ? { font: 'Consolas' } : {}),
          ...(link ? { style: 'Hyperlink' } : {}),
        }),
      )
    }
  }
  return children
}

const bidi = (dir: Direction) => (dir === 'rtl' ? { bidirectional: true } : {})

export async function docxExport(document: NoteDocument): Promise<Uint8Array> {
  const numberStarts = new Set<number>()
  let listInstance = 0
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }),
  ]

  const list = (block: ListBlock, level: number) => {
    listInstance += 1
    const instance = listInstance
    if (block.style === 'number') numberStarts.add(block.start)
    for (const item of block.items) {
      const rtl = textDirection(inlineText(item.inlines)) === 'rtl'
      const box = item.checked === undefined ? [] : [new TextRun(item.checked ? '☒ ' : '☐ ')]
      body.push(
        new Paragraph({
          children: [...box, ...runs(item.inlines, { rtl })],
          ...(rtl ? { bidirectional: true } : {}),
          ...(block.style === 'check'
            ? { indent: { left: INDENT_STEP * (level + 1), hanging: 360 } }
            : {
                numbering: {
                  reference: block.style === 'number' ? `numbers-${block.start}` : 'bullets',
                  level,
                  instance,
                },
              }),
        }),
      )
      for (const child of item.children) list(child, Math.min(level + 1, 8))
    }
  }

  const add = (block: Block) => {
    switch (block.kind) {
      case 'heading':
        body.push(
          new Paragraph({
            heading: HEADINGS[Math.min(block.level, 6) - 1],
            children: runs(block.inlines, { rtl: block.dir === 'rtl' }),
            ...bidi(block.dir),
          }),
        )
        return
      case 'paragraph':
        body.push(
          new Paragraph({ children: runs(block.inlines, { rtl: block.dir === 'rtl' }), ...bidi(block.dir) }),
        )
        return
      case 'blockquote':
        body.push(
          new Paragraph({
            style: 'Quote',
            children: runs(block.inlines, { rtl: block.dir === 'rtl' }),
            ...bidi(block.dir),
          }),
        )
        return
      case 'quotation':
        body.push(
          new Paragraph({
            style: 'Quote',
            children: [
              new TextRun({ text: block.exact, ...(block.dir === 'rtl' ? { rightToLeft: true } : {}) }),
              new FootnoteReferenceRun(block.footnote.number),
            ],
            ...bidi(block.dir),
          }),
        )
        return
      case 'list':
        list(block, 0)
        return
      case 'rule':
        body.push(
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'A0A4AC', space: 1 } },
          }),
        )
        return
      case 'code':
        for (const line of block.text.split('\n')) {
          body.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas', size: 20 })] }))
        }
        return
      case 'table':
        if (block.rows.length === 0) return
        body.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: block.rows.map(
              (row, index) =>
                new TableRow({
                  tableHeader: index === 0 && row.every((cell) => cell.header),
                  children: row.map(
                    (cell) =>
                      new TableCell({
                        children: [
                          new Paragraph({
                            children: runs(cell.inlines, {
                              rtl: textDirection(inlineText(cell.inlines)) === 'rtl',
                              bold: cell.header,
                            }),
                          }),
                        ],
                      }),
                  ),
                }),
            ),
          }),
        )
        return
    }
  }

  for (const block of document.blocks) add(block)

  const entries = bibliography(document.sources)
  if (entries.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Bibliography')] }))
    for (const entry of entries) {
      body.push(
        new Paragraph({
          indent: { left: INDENT_STEP, hanging: INDENT_STEP },
          spacing: { after: 120 },
          children: [new TextRun(entry.text)],
        }),
      )
    }
  }

  const footnotes = Object.fromEntries(
    document.footnotes.map((note) => [
      note.number,
      { children: [new Paragraph(footnoteText(note.citation))] },
    ]),
  )
  const word = new Document({
    title: document.title,
    creator: 'Weft',
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22 } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '404040' },
          paragraph: {
            indent: { left: INDENT_STEP, right: INDENT_STEP },
            spacing: { before: 160, after: 160 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: '3B5BDB', space: 8 } },
          },
        },
      ],
    },
    numbering: numberingConfig(numberStarts),
    footnotes,
    sections: [{ children: body }],
  })
  return new Uint8Array(await Packer.toBuffer(word))
}
