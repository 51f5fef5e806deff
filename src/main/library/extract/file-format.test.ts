import { describe, expect, it } from 'vitest'
import { detectFormat, formatFromName } from './file-format'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('detectFormat', () => {
  it('trusts the first bytes over the name', () => {
    expect(detectFormat(bytes('%PDF-1.7\n...'), 'report')).toBe('pdf')
    expect(detectFormat(Uint8Array.from([0x50, 0x4b, 3, 4, 0]), 'attachment.bin')).toBe('docx')
    expect(detectFormat(bytes('<!DOCTYPE html><html><p>x'), 'saved-page')).toBe('html')
    expect(detectFormat(bytes('<!-- saved --><html lang="en">'), 'page.aspx')).toBe('html')
  })

  it('goes by the name for text, Markdown and HTML, and keeps .txt as text', () => {
    expect(detectFormat(bytes('# Notes'), 'notes.md')).toBe('markdown')
    expect(detectFormat(bytes('<p>fragment</p>'), 'clip.htm')).toBe('html')
    expect(detectFormat(bytes('<html>source shown as text</html>'), 'source.txt')).toBe('text')
    expect(detectFormat(bytes('plain'), 'README')).toBe('text')
  })

  it('refuses what it recognises but cannot read, saying what to do', () => {
    expect(() =>
      detectFormat(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'memo.doc'),
    ).toThrow(
      'memo.doc is an older Office file (.doc, .xls or .ppt). Open it in Word or LibreOffice, save it as .docx or PDF, and import that.',
    )
    expect(() => detectFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10]), 'chart.png')).toThrow(
      'chart.png is a PNG image.',
    )
    expect(() => detectFormat(bytes('{\\rtf1\\ansi'), 'letter.rtf')).toThrow('letter.rtf is an RTF document.')
    // Whatever the name says: a picture saved as .txt is still a picture.
    expect(() => detectFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10]), 'photo.txt')).toThrow(
      'photo.txt is a PNG image.',
    )
    expect(() => detectFormat(bytes('<html>login page</html>'), 'report.pdf')).toThrow(
      'report.pdf is named .pdf but is not a PDF: it does not begin with %PDF-.',
    )
    expect(() => detectFormat(bytes('text'), 'brief.docx')).toThrow(
      'brief.docx is named .docx but is not a Word document',
    )
    expect(() => detectFormat(bytes('MIME-Version: 1.0'), 'page.mhtml')).toThrow(
      'page.mhtml is a web archive (MHTML).',
    )
    expect(() => detectFormat(bytes('SQLite format 3'), 'Research.weft')).toThrow(
      'Research.weft is a Weft library file',
    )
  })
})

describe('formatFromName', () => {
  it('tells the format a name promises, for size limits before reading', () => {
    expect(['a.PDF', 'b.docx', 'c.html', 'd.markdown', 'e.txt', 'f'].map(formatFromName)).toEqual([
      'pdf',
      'docx',
      'html',
      'markdown',
      'text',
      'text',
    ])
  })
})
