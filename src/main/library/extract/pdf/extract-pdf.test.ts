import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractPdf } from './extract-pdf'

const FIXTURES = join(__dirname, '..', '..', '..', '..', '..', 'fixtures', 'sources', 'pdf')
const read = (name: string) => extractPdf(readFileSync(join(FIXTURES, name)), name)

describe('extractPdf', () => {
  it('reads text page by page, with headings, metadata and page spans', async () => {
    const doc = await read('report-joint-operations.pdf')
    expect(doc).toMatchObject({
      title: 'Joint operations against the Islamic State in southern Syria',
      authors: ['Research Desk', 'Layla Mansour'],
      language: 'en-GB',
      mediaType: 'application/pdf',
    })
    expect(doc.pages?.map((span) => span.page)).toEqual([1, 2, 3, 4])
    for (const span of doc.pages!) {
      const inside = doc.blocks.filter((block) => block.page === span.page)
      expect(inside[0]!.start).toBe(span.start)
      expect(inside.at(-1)!.end).toBe(span.end)
    }
    const headings = doc.blocks.filter((block) => block.kind === 'heading')
    expect(
      headings.map((block) => [doc.text.slice(block.start, block.end), block.level, block.page]),
    ).toEqual([
      ['Joint operations against the Islamic State in southern Syria', 1, 1],
      ['Summary', 2, 1],
      ['Who coordinated with whom', 2, 2],
      ['Regional frame', 2, 3],
      ['Open questions', 2, 4],
    ])
  })

  it('drops running headers and page numbers, and joins words hyphenated across lines', async () => {
    const doc = await read('report-joint-operations.pdf')
    expect(doc.text).not.toMatch(/Page \d of 4|Weft Research Notes/)
    expect(doc.text).toContain('their work was coordinated through a liaison office')
    const paragraph = doc.blocks.find((block) =>
      doc.text.slice(block.start, block.end).startsWith('Between 24 and 27'),
    )
    expect(doc.text.slice(paragraph!.start, paragraph!.end)).not.toContain('\n') // lines of a paragraph are one line
  })

  it('refuses scans, damaged files and password-protected files, each with its reason', async () => {
    await expect(read('scanned-statement.pdf')).rejects.toThrow(
      'scanned-statement.pdf has no text layer: its page is a picture (probably a scan).',
    )
    await expect(read('corrupt.pdf')).rejects.toThrow(
      'corrupt.pdf is damaged: it is not a PDF Weft can read.',
    )
    await expect(read('password-protected.pdf')).rejects.toThrow(
      'password-protected.pdf is protected by a password, so Weft cannot read it.',
    )
  })
})
