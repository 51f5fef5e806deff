// Small text and Markdown files are read on the calling thread: handing one
// to a worker (copying it there and the document back) costs more than
// reading it, and a linear scan of 64 KB cannot hang. Everything else (web
// pages, PDF, DOCX, large text) goes to the worker pool and its time limit.
import type { ExtractedDocument } from './document'
import { detectFormat } from './file-format'
import { extractMarkdown } from './markdown'
import { extractPlainText } from './plain-text'
import { asExtractionFailure } from './unreadable'

export const INLINE_MAX_BYTES = 64 * 1024

/** The document, or undefined when the file is for the workers; refusals (a picture, say) are thrown. */
export function extractInline(bytes: Uint8Array, fileName: string): ExtractedDocument | undefined {
  if (bytes.byteLength > INLINE_MAX_BYTES) return undefined
  try {
    const format = detectFormat(bytes, fileName)
    if (format === 'text') return extractPlainText(bytes, fileName)
    if (format === 'markdown') return extractMarkdown(bytes, fileName)
    return undefined
  } catch (error) {
    throw asExtractionFailure(error, fileName)
  }
}
