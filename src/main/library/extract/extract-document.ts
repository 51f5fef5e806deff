// Picks the extractor for a file by its name and refuses what Weft cannot read.
import { formatBytes, MAX_TEXT_FILE_BYTES } from '@shared/limits'
import { WeftError } from '../../core/weft-error'
import type { ExtractedDocument } from './document'
import { extractMarkdown } from './markdown'
import { extractPlainText } from './plain-text'

const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i
const LIBRARY_FILE = /\.weft(-wal|-shm|-journal)?$|\.weft\.v\d+-.*\.backup$/i

export function extractDocument(bytes: Uint8Array, fileName: string): ExtractedDocument {
  if (LIBRARY_FILE.test(fileName)) {
    throw new WeftError(
      'unsupported_type',
      `${fileName} is a Weft library file, not a source. Open it with File > Open Library.`,
    )
  }
  if (bytes.byteLength > MAX_TEXT_FILE_BYTES) {
    throw tooLargeError(fileName, bytes.byteLength)
  }
  if (MARKDOWN.test(fileName)) return extractMarkdown(bytes, fileName)
  return extractPlainText(bytes, fileName)
}

export function tooLargeError(fileName: string, size: number): WeftError {
  return new WeftError(
    'too_large',
    `${fileName} is ${formatBytes(size)}; Weft imports text files up to ${formatBytes(MAX_TEXT_FILE_BYTES)}. Split it into smaller files and import those.`,
  )
}
