// Reads one file into an ExtractedDocument: picks the reader from the file's
// first bytes and name, enforces the size limit of that format, and loads the
// heavy readers (jsdom, pdf.js, mammoth) only when a file of theirs arrives.
import type { ExtractedDocument } from './document'
import { detectFormat } from './file-format'
import { assertWithinLimit, type SourceFormat } from './format-limits'
import { extractMarkdown } from './markdown'
import { extractPlainText } from './plain-text'

export type Extractor = (
  bytes: Uint8Array,
  fileName: string,
) => ExtractedDocument | Promise<ExtractedDocument>

/**
 * Reads a file. `onParserReady` is called once the format's reader is loaded,
 * just before parsing starts: the worker pool times the parse from there, so
 * loading jsdom or pdf.js on a busy machine never counts against the file.
 */
export async function extractDocument(
  bytes: Uint8Array,
  fileName: string,
  onParserReady?: () => void,
): Promise<ExtractedDocument> {
  const format = detectFormat(bytes, fileName)
  assertWithinLimit(fileName, bytes.byteLength, format)
  const extract = await extractorFor(format)
  onParserReady?.()
  return extract(bytes, fileName)
}

async function extractorFor(format: SourceFormat): Promise<Extractor> {
  switch (format) {
    case 'markdown':
      return extractMarkdown
    case 'html':
      return (await import('./html/extract-html')).extractHtmlPage
    case 'pdf':
      return (await import('./pdf/extract-pdf')).extractPdf
    case 'docx':
      return (await import('./docx/extract-docx')).extractDocx
    case 'text':
      return extractPlainText
  }
}
