import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { extractDocx } from './extract-docx'
import { openDocxPackage } from './docx-package'

const FIXTURES = join(__dirname, '..', '..', '..', '..', '..', 'fixtures', 'sources', 'docx')
const fixture = (name: string) => readFileSync(join(FIXTURES, name))

/** Sets an entry's declared sizes in the central directory, as a crafted archive would. */
function declare(
  zip: Uint8Array,
  name: string,
  sizes: { compressed?: number; uncompressed: number },
): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  for (let at = 0; at + 46 < zip.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue
    const length = view.getUint16(at + 28, true)
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + length)) !== name) continue
    view.setUint32(at + 24, sizes.uncompressed, true)
    return zip
  }
  throw new Error(`${name} not found`)
}

const minimalParts = (document: string) => ({
  '[Content_Types].xml': strToU8(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  ),
  'word/document.xml': strToU8(document),
})

describe('extractDocx', () => {
  it('reads headings, lists and quotes, with title and author from docProps/core.xml', async () => {
    const doc = await extractDocx(fixture('briefing-note.docx'), 'briefing-note.docx')
    expect(doc).toMatchObject({
      title: 'Briefing: the coalition partnership after Palmyra',
      authors: ['Layla Mansour'],
      language: 'en-GB',
    })
    expect(doc.blocks.map((block) => [block.kind, doc.text.slice(block.start, block.end)])).toEqual([
      ['heading', 'Briefing: the coalition partnership after Palmyra'],
      ['paragraph', 'Prepared for: the research group, 15 December 2025'],
      ['heading', 'What happened'],
      ['paragraph', expect.stringMatching(/^On 13 December 2025 a gunman/)],
      ['heading', 'Actors named in the statements'],
      ['list-item', 'US Central Command (CENTCOM) and its commander'],
      ['list-item', 'Syrian Interior Ministry and its spokesperson'],
      ['list-item', 'General Security Directorate (part of the Interior Ministry)'],
      ['heading', 'Questions for the next meeting'],
      ['list-item', 'Does the attack change who leads the partnership on the Syrian side?'],
      ['list-item', 'What evidence links the gunman to the Islamic State?'],
      ['quote', '"Joint patrols will continue," a coalition spokesperson said.'],
    ])
  })

  it('refuses a zip bomb by its declared size, before unpacking anything', async () => {
    await expect(extractDocx(fixture('zip-bomb.docx'), 'zip-bomb.docx')).rejects.toThrow(
      /^zip-bomb\.docx looks like a "zip bomb": its parts declare 4\.0 GB once unpacked, from a 66 KB file\. Weft refused it without unpacking it\./,
    )
  })

  it('refuses an archive with thousands of entries from its directory alone', async () => {
    await expect(extractDocx(fixture('too-many-entries.docx'), 'tracker.docx')).rejects.toThrow(
      /^tracker\.docx holds 5,007 parts, where a Word document has a few dozen/,
    )
  })

  it('refuses a truncated download and a spreadsheet dressed as .docx', async () => {
    await expect(extractDocx(fixture('truncated.docx'), 'truncated.docx')).rejects.toThrow(
      'truncated.docx is damaged or incomplete: it has no ZIP directory at its end.',
    )
    await expect(extractDocx(fixture('budget-spreadsheet.docx'), 'budget.docx')).rejects.toThrow(
      'budget.docx is an Excel workbook, not a Word document.',
    )
  })
})

describe('openDocxPackage', () => {
  it('refuses a part that would grow more than 200-fold', () => {
    const zip = zipSync(minimalParts(`<w:document>${' '.repeat(8 * 1024 * 1024)}</w:document>`), { level: 9 })
    expect(() => openDocxPackage(zip, 'ratio.docx')).toThrow(
      /ratio\.docx looks like a "zip bomb": its part word\/document\.xml would grow [\d,]+-fold/,
    )
  })

  it('stops inflating a part the moment it outgrows the size it declared', () => {
    const zip = zipSync(minimalParts(`<w:document>${'x'.repeat(200_000)}</w:document>`), { level: 1 })
    declare(zip, 'word/document.xml', { uncompressed: 1000 })
    expect(() => openDocxPackage(zip, 'liar.docx')).toThrow(
      'liar.docx looks like a "zip bomb": its part word/document.xml unpacks to more than the 1000 B it declares.',
    )
  })

  it('unpacks only the XML parts, never pictures', () => {
    const parts = openDocxPackage(
      zipSync({ ...minimalParts('<w:document/>'), 'word/media/image1.png': new Uint8Array(1000) }),
      'ok.docx',
    )
    expect([...parts.keys()].sort()).toEqual(['[Content_Types].xml', 'word/document.xml'])
  })
})
