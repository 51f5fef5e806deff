// Plain text: paragraphs are runs of lines separated by blank lines.
import { decodeTextFile } from './decode-text'
import { DocumentBuilder, MAX_TITLE_LENGTH, titleFromLine, type ExtractedDocument } from './document'

export function extractPlainText(bytes: Uint8Array, fileName: string): ExtractedDocument {
  const decoded = decodeTextFile(bytes, fileName)
  const paragraphs = decoded.split(/\n[ \t]*\n/).filter((paragraph) => paragraph.trim().length > 0)
  const builder = new DocumentBuilder()
  // A short first line standing alone is the headline: keep it as a heading.
  const first = paragraphs[0]?.trim() ?? ''
  const hasHeadline = paragraphs.length > 1 && !first.includes('\n') && first.length <= MAX_TITLE_LENGTH
  paragraphs.forEach((paragraph, index) =>
    builder.add(
      index === 0 && hasHeadline ? 'heading' : 'paragraph',
      paragraph,
      index === 0 && hasHeadline ? 1 : undefined,
    ),
  )
  const { text, blocks } = builder.build()
  return { title: titleFromLine(text.split('\n', 1)[0], fileName), text, blocks, mediaType: 'text/plain' }
}
