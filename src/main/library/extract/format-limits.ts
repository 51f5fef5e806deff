// How much Weft reads of each format. These stay in the core until they move
// to src/shared/limits.ts, where the renderer can apply them before sending.
import { formatBytes } from '@shared/limits'
import { WeftError } from '../../core/weft-error'

export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx'

const MB = 1024 * 1024

/** Largest file accepted per format: text-like files are read whole, documents are parsed lazily. */
export const MAX_FILE_BYTES: Record<SourceFormat, number> = {
  text: 50 * MB,
  markdown: 50 * MB,
  html: 50 * MB,
  pdf: 200 * MB,
  docx: 200 * MB,
}

/** The largest file of any format; anything bigger is refused from its size alone. */
export const MAX_ANY_FILE_BYTES = Math.max(...Object.values(MAX_FILE_BYTES))

/** Text taken from one HTML, PDF or DOCX file, in UTF-16 code units (about 20 MB of prose). */
export const MAX_EXTRACTED_CHARACTERS = 20_000_000

/** How long one file may take to parse before its worker is stopped. */
export const DEFAULT_PARSE_TIME_LIMIT_MS = 20_000

const FORMAT_NOUN: Record<SourceFormat, string> = {
  text: 'text files',
  markdown: 'text files',
  html: 'web pages (HTML)',
  pdf: 'PDF files',
  docx: 'Word (DOCX) files',
}

const SPLIT_ADVICE: Record<SourceFormat, string> = {
  text: 'Split it into smaller files and import those.',
  markdown: 'Split it into smaller files and import those.',
  html: 'Save the article alone (or as text) and import that.',
  pdf: 'Split the PDF into parts (most PDF tools can) and import those.',
  docx: 'Split the document, or save it as PDF, and import that.',
}

export function tooLargeError(fileName: string, size: number, format: SourceFormat): WeftError {
  return new WeftError(
    'too_large',
    `${fileName} is ${formatBytes(size)}; Weft imports ${FORMAT_NOUN[format]} up to ${formatBytes(MAX_FILE_BYTES[format])}. ${SPLIT_ADVICE[format]}`,
  )
}

export function assertWithinLimit(fileName: string, size: number, format: SourceFormat): void {
  if (size > MAX_FILE_BYTES[format]) throw tooLargeError(fileName, size, format)
}
