// Plain text: paragraphs are runs of lines separated by blank lines.
import { decodeTextFile } from './decode-text'
import { DocumentBuilder, titleFromLine, type ExtractedDocument } from './document'

export function extractPlainText(bytes: Uint8Array, fileName: string): ExtractedDocument {
  const decoded = decodeTextFile(bytes, fileName)
  const builder = new DocumentBuilder()
  for (const paragraph of decoded.split(/\n[ \t]*\n/)) builder.add('paragraph', paragraph)
  const { text, blocks } = builder.build()
  return { title: titleFromLine(text.split('\n', 1)[0], fileName), text, blocks, mediaType: 'text/plain' }
}
