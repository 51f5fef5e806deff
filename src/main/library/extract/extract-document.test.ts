import { describe, expect, it } from 'vitest'
import { extractDocument } from './extract-document'
import type { ExtractedDocument } from './document'

const encode = (text: string) => new TextEncoder().encode(text)
const blockTexts = (doc: ExtractedDocument) =>
  doc.blocks.map((block) => [block.kind, doc.text.slice(block.start, block.end)])

describe('plain text', () => {
  it('keeps a standalone first line as the headline and splits paragraphs on blank lines', async () => {
    const doc = await extractDocument(
      encode('Syria joins coalition\n\nFirst para\nstill first.\n\n\n  Second para.  \n'),
      'a.txt',
    )
    expect(doc.title).toBe('Syria joins coalition')
    expect(doc.mediaType).toBe('text/plain')
    expect(blockTexts(doc)).toEqual([
      ['heading', 'Syria joins coalition'],
      ['paragraph', 'First para\nstill first.'],
      ['paragraph', 'Second para.'],
    ])
  })

  it('takes the title from the file name when the first line is a long paragraph', async () => {
    const doc = await extractDocument(encode(`${'word '.repeat(60)}\n\nMore.`), 'centcom_raids-report.txt')
    expect(doc.title).toBe('centcom raids-report')
    expect(doc.blocks[0]!.kind).toBe('paragraph')
  })
})

describe('markdown', () => {
  it('turns headings, quotes, lists and code into blocks of plain text', async () => {
    const doc = await extractDocument(
      encode(
        '# Joint *operation*\n\nCENTCOM and the **Interior Ministry** ([link](http://x)) &amp; partners.\n\n> quoted line\n\n- one\n- two\n  - nested\n\n```\ncode here\n```\n',
      ),
      'n.md',
    )
    expect(doc.title).toBe('Joint operation')
    expect(blockTexts(doc)).toEqual([
      ['heading', 'Joint operation'],
      ['paragraph', 'CENTCOM and the Interior Ministry (link) & partners.'],
      ['quote', 'quoted line'],
      ['list-item', 'one'],
      ['list-item', 'two'],
      ['list-item', 'nested'],
      ['code', 'code here'],
    ])
    expect(doc.blocks.find((block) => block.kind === 'heading')?.level).toBe(1)
  })
})

describe('refusals', () => {
  it('refuses files over the size limit and library files', async () => {
    await expect(extractDocument(new Uint8Array(50 * 1024 * 1024 + 1), 'big.txt')).rejects.toThrow(
      /big\.txt is 50 MB; Weft imports text files up to 50 MB/,
    )
    await expect(extractDocument(encode('x'), 'Research.weft')).rejects.toThrow(/is a Weft library file/)
  })
})
