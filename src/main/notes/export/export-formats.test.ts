import { unzipSync, strFromU8 } from 'fflate'
import { JSDOM } from 'jsdom'
import { marked, type Tokens } from 'marked'
import { describe, expect, it } from 'vitest'
import { buildNoteDocument } from './document-model'
import { exportFileName, exportNote } from './export-note'
import { ARABIC_SENTENCE, SAMPLE_NOTE } from './sample-note'

describe('the document model', () => {
  it('reads blocks, numbers each quotation as a footnote and collects the cited sources once', () => {
    const document = buildNoteDocument(SAMPLE_NOTE.title, SAMPLE_NOTE.content)
    expect(document.blocks.map((block) => block.kind)).toEqual([
      'heading',
      'paragraph',
      'quotation',
      'paragraph',
      'list',
      'list',
      'list',
      'blockquote',
      'rule',
      'table',
      'quotation',
    ])
    expect(document.footnotes.map((note) => [note.number, note.passageId])).toEqual([
      [1, 3],
      [2, 4],
    ])
    expect(document.sources.map((source) => source.sourceId)).toEqual([1, 2])
    const arabic = document.blocks[3]
    expect(arabic?.kind === 'paragraph' && arabic.dir).toBe('rtl')
  })
})

describe('Markdown export', () => {
  it('writes quotations as blockquotes with footnotes, mentions by choice, and a bibliography', async () => {
    const file = await exportNote(SAMPLE_NOTE, 'md', 'wikilinks')
    expect(file.fileName).toBe('Why the Interior Ministry works with the coalition.md')
    expect(file.mediaType).toBe('text/markdown')
    const markdown = new TextDecoder().decode(file.data)
    const tokens = marked.lexer(markdown)
    const kinds = tokens.filter((token) => token.type !== 'space').map((token) => token.type)
    expect(kinds.slice(0, 4)).toEqual(['heading', 'heading', 'paragraph', 'blockquote'])
    const quotation = tokens.find((token) => token.type === 'blockquote') as Tokens.Blockquote
    expect(quotation.text).toContain('CENTCOM and the Interior Ministry destroyed 15 weapons depots.[^1]')
    expect(markdown).toContain('[[Interior Ministry]]')
    expect(markdown).toContain('**central**')
    expect(markdown).toContain('*peripheral*')
    expect(markdown).toContain('[the report](<https://example.org/report>)')
    expect(markdown).toContain('- [x] read the statement')
    expect(markdown).toContain('| Date | Event |')
    expect(markdown).toMatch(
      /\[\^1\]: Jane Doe and Omar Haddad, “CENTCOM and Syria destroy weapons depots,” Levant Monitor, November 28, 2025\./,
    )
    const html = marked.parse(markdown) as string
    expect(html).toContain('<h2>Bibliography</h2>')
    expect(html).toContain(
      'Doe, Jane, and Omar Haddad. 2025. “CENTCOM and Syria destroy weapons depots.” Levant Monitor',
    )
    expect(html).toContain(ARABIC_SENTENCE)

    const plain = new TextDecoder().decode((await exportNote(SAMPLE_NOTE, 'md', 'plain')).data)
    expect(plain).toContain('The Interior Ministry is **central**')
    expect(plain).not.toContain('[[')
  })
})

describe('HTML export', () => {
  it('is one self-contained page with quotations, footnotes and the bibliography', async () => {
    const file = await exportNote(SAMPLE_NOTE, 'html', 'plain')
    const html = new TextDecoder().decode(file.data)
    const { document } = new JSDOM(html).window
    expect(document.title).toBe(SAMPLE_NOTE.title)
    // Nothing outside the file: no scripts, no stylesheets or images to fetch.
    expect(document.querySelectorAll('script, link, img, iframe')).toHaveLength(0)
    expect(document.querySelector('style')?.textContent).toContain('figure.quotation')
    const quotation = document.querySelector('figure.quotation')!
    expect(quotation.querySelector('blockquote')?.textContent).toBe(
      'CENTCOM and the Interior Ministry destroyed 15 weapons depots.1',
    )
    expect(quotation.querySelector('figcaption')?.textContent).toBe(
      'CENTCOM and Syria destroy weapons depots · Levant Monitor · November 28, 2025',
    )
    expect(document.querySelector('#fn1')?.textContent).toContain('Levant Monitor, November 28, 2025.')
    expect(document.querySelector('.bibliography')?.textContent).toContain(
      '“Joint operations centre agreed in Amman.” 2025. Petra News Agency, March 2025.',
    )
    expect([...document.querySelectorAll('p[dir="rtl"]')].map((p) => p.textContent)).toEqual([
      ARABIC_SENTENCE,
    ])
    expect(document.querySelector('.mention')?.textContent).toBe('Interior Ministry')
    expect(document.querySelectorAll('th')).toHaveLength(2)
  })
})

describe('DOCX export', () => {
  it('uses Word heading, list and quote styles and real footnotes', async () => {
    const file = await exportNote(SAMPLE_NOTE, 'docx', 'plain')
    const files = unzipSync(file.data)
    const documentXml = strFromU8(files['word/document.xml']!)
    const footnotesXml = strFromU8(files['word/footnotes.xml']!)
    const numberingXml = strFromU8(files['word/numbering.xml']!)
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>')
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>')
    expect(documentXml).toContain('<w:pStyle w:val="Quote"/>')
    expect(documentXml).toContain('CENTCOM and the Interior Ministry destroyed 15 weapons depots.')
    expect(documentXml).toMatch(/<w:footnoteReference w:id="1"\/>/)
    expect(documentXml).toMatch(/<w:footnoteReference w:id="2"\/>/)
    expect(documentXml).toContain('<w:numPr>')
    expect(documentXml).toContain('<w:bidi/>')
    expect(numberingXml).toContain('w:val="decimal"')
    expect(numberingXml).toContain('w:val="bullet"')
    expect(footnotesXml).toContain(
      'Jane Doe and Omar Haddad, “CENTCOM and Syria destroy weapons depots,” Levant Monitor',
    )
    expect(footnotesXml).toContain(
      '“Joint operations centre agreed in Amman,” Petra News Agency, March 2025.',
    )
    expect(documentXml).toContain('Bibliography')
    expect(documentXml).toContain('Doe, Jane, and Omar Haddad. 2025.')
  })
})

describe('PDF export', () => {
  it('embeds Noto fonts and holds the text, the quotation, its footnote and the bibliography', async () => {
    const file = await exportNote(SAMPLE_NOTE, 'pdf', 'plain')
    expect(file.mediaType).toBe('application/pdf')
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const pdf = await pdfjs.getDocument({ data: file.data.slice(), useSystemFonts: false }).promise
    let text = ''
    for (let page = 1; page <= pdf.numPages; page += 1) {
      const content = await (await pdf.getPage(page)).getTextContent()
      text += `${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`
    }
    const squashed = text.replace(/\s+/g, ' ')
    expect(squashed).toContain('Why the Interior Ministry works with the coalition')
    expect(squashed).toContain('CENTCOM and the Interior Ministry destroyed 15 weapons depots.')
    expect(squashed).toContain(
      'Jane Doe and Omar Haddad, “CENTCOM and Syria destroy weapons depots,” Levant Monitor',
    )
    expect(squashed).toContain('Bibliography')
    expect(squashed).toContain('Doe, Jane, and Omar Haddad. 2025.')
    expect(squashed).toMatch(/1 \/ \d/)
    const raw = Buffer.from(file.data).toString('latin1')
    expect(raw).toMatch(/NotoSans/)
    expect(raw).toMatch(/NotoNaskhArabic/)
  })
})

describe('export file names', () => {
  it('keep the title’s letters, in any script, and drop what file systems refuse', () => {
    expect(exportFileName('A/B: "draft"?', 'pdf')).toBe('A B draft.pdf')
    expect(exportFileName('ملاحظات', 'md')).toBe('ملاحظات.md')
    expect(exportFileName('   ', 'html')).toBe('Note.html')
  })
})
