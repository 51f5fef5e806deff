import { describe, expect, it } from 'vitest'
import { decodeOriginalText, originalKind } from './original-file'

describe('original files', () => {
  it('shows PDFs as pages, text-like files as text, the rest not at all', () => {
    expect(originalKind({ fileName: 'report.PDF', mediaType: 'application/octet-stream' })).toBe('pdf')
    expect(originalKind({ fileName: 'x', mediaType: 'application/pdf' })).toBe('pdf')
    expect(originalKind({ fileName: 'page.html', mediaType: 'text/html' })).toBe('text')
    expect(originalKind({ fileName: 'notes.md', mediaType: 'application/octet-stream' })).toBe('text')
    expect(
      originalKind({
        fileName: 'brief.docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
    ).toBe('binary')
  })

  it('decodes UTF-8, UTF-16 by its byte-order mark, and Windows-1252 when UTF-8 does not fit', () => {
    expect(decodeOriginalText(new TextEncoder().encode('وزارة الداخلية'))).toBe('وزارة الداخلية')
    expect(decodeOriginalText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]))).toBe('AB')
    expect(decodeOriginalText(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toBe('A')
    expect(decodeOriginalText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBe('café')
  })
})
