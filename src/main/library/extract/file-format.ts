// Decides how to read a file from its first bytes and its name, and refuses
// the formats Weft does not read with a message that says what to do instead.
import { WeftError } from '../../core/weft-error'
import type { SourceFormat } from './format-limits'

const LIBRARY_FILE = /\.weft(-wal|-shm|-journal)?$|\.weft\.v\d+-.*\.backup$/i
const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i
const HTML = /\.(html?|xhtml|shtml)$/i
const PDF = /\.pdf$/i
const DOCX = /\.(docx|docm|dotx)$/i
const TEXT = /\.(txt|text)$/i

/** The format a file's name promises, before a byte is read (for size limits). */
export function formatFromName(fileName: string): SourceFormat {
  if (PDF.test(fileName)) return 'pdf'
  if (DOCX.test(fileName)) return 'docx'
  if (HTML.test(fileName)) return 'html'
  if (MARKDOWN.test(fileName)) return 'markdown'
  return 'text'
}

/** Sniffs the first bytes, then the name; throws for files Weft cannot read. */
export function detectFormat(bytes: Uint8Array, fileName: string): SourceFormat {
  if (LIBRARY_FILE.test(fileName)) {
    throw new WeftError(
      'unsupported_type',
      `${fileName} is a Weft library file, not a source. Open it with File > Open Library.`,
    )
  }
  const sniffed = sniffSignature(bytes)
  if (sniffed === 'pdf') return 'pdf'
  if (sniffed === 'zip') return 'docx' // the DOCX reader says which other package it is
  if (sniffed !== undefined) throw refusal(fileName, sniffed)
  if (PDF.test(fileName)) {
    throw new WeftError(
      'unsupported_type',
      `${fileName} is named .pdf but is not a PDF: it does not begin with %PDF-. It may be damaged or only partly downloaded; download it again.`,
    )
  }
  if (DOCX.test(fileName)) {
    throw new WeftError(
      'unsupported_type',
      `${fileName} is named .docx but is not a Word document (it is not a ZIP package). It may be damaged; save it again from Word or LibreOffice.`,
    )
  }
  if (/\.(mht|mhtml)$/i.test(fileName)) {
    throw new WeftError(
      'unsupported_type',
      `${fileName} is a web archive (MHTML). Save the page again as "Web Page, HTML Only" and import that.`,
    )
  }
  if (HTML.test(fileName)) return 'html'
  if (MARKDOWN.test(fileName)) return 'markdown'
  if (!TEXT.test(fileName) && looksLikeHtml(bytes)) return 'html'
  return 'text'
}

type Signature = 'pdf' | 'zip' | 'ole' | 'rtf' | 'png' | 'jpeg' | 'gif' | 'webp'

const SIGNATURES: [Signature, number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
]

function sniffSignature(bytes: Uint8Array): Signature | undefined {
  // PDF readers accept the header anywhere in the first kilobyte.
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf'
  for (const [name, signature] of SIGNATURES) {
    if (signature.every((byte, index) => bytes[index] === byte)) return name
  }
  if (startsWithAscii(bytes, 'RIFF') && indexOfAscii(bytes.subarray(8, 12), 'WEBP', 4) === 0) return 'webp'
  return undefined
}

function refusal(fileName: string, signature: Exclude<Signature, 'pdf' | 'zip'>): WeftError {
  const what: Record<typeof signature, string> = {
    ole: 'an older Office file (.doc, .xls or .ppt). Open it in Word or LibreOffice, save it as .docx or PDF, and import that.',
    rtf: 'an RTF document. Save it as .docx, PDF or plain text, and import that.',
    png: 'a PNG image. Weft imports text, web pages, PDF and Word documents, not pictures.',
    jpeg: 'a JPEG image. Weft imports text, web pages, PDF and Word documents, not pictures.',
    gif: 'a GIF image. Weft imports text, web pages, PDF and Word documents, not pictures.',
    webp: 'a WebP image. Weft imports text, web pages, PDF and Word documents, not pictures.',
  }
  return new WeftError('unsupported_type', `${fileName} is ${what[signature]}`)
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^ï»¿/, '')
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(head)
}

function startsWithAscii(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (bytes[i] !== text.charCodeAt(i)) return false
  return true
}

function indexOfAscii(bytes: Uint8Array, text: string, within: number): number {
  const end = Math.min(bytes.length, within) - text.length
  outer: for (let i = 0; i <= end; i += 1) {
    for (let k = 0; k < text.length; k += 1) if (bytes[i + k] !== text.charCodeAt(k)) continue outer
    return i
  }
  return -1
}
