// PDF: text page by page with pdf.js (no eval, no fonts loaded, nothing
// fetched), rebuilt into headings and paragraphs that remember their page, so
// a passage can be cited by page. Title and authors come from the PDF's own
// metadata when it has any worth keeping.
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import { WeftError } from '../../../core/weft-error'
import { cappedBuilder, titleFromLine, type ExtractedDocument } from '../document'
import { cleanLanguage, cleanTitle, guessLanguage, splitAuthors } from '../metadata-values'
import {
  blocksOf,
  bodyTextSize,
  linesOf,
  removePageFurniture,
  type PdfLine,
  type TextRun,
} from './pdf-layout'
import { loadPdfJs } from './pdfjs'

const PDF_MEDIA_TYPE = 'application/pdf'
/** Titles that PDF producers write for you and nobody chose. */
const MEANINGLESS_TITLE =
  /^(untitled|document\d*|microsoft (word|powerpoint) - .*|.*\.(docx?|pptx?|pdf|indd|tmp|qxd))$/i

interface PdfInfo {
  Title?: unknown
  Author?: unknown
  Language?: unknown
}

export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  const pdfjs = await loadPdfJs()
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given (and refuses Node Buffers): hand it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  })
  let pdf
  try {
    pdf = await task.promise
  } catch (error) {
    await task.destroy()
    throw refusal(error, fileName)
  }
  try {
    const pageLines: PdfLine[][] = []
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number)
      const content = await page.getTextContent()
      pageLines.push(linesOf(content.items.filter(isTextItem).map(toRun)))
      page.cleanup()
    }
    const metadata = await pdf.getMetadata().catch(() => undefined)
    return buildDocument(pageLines, (metadata?.info ?? {}) as PdfInfo, metadata?.metadata, fileName)
  } catch (error) {
    if (error instanceof WeftError) throw error
    throw refusal(error, fileName)
  } finally {
    await pdf.destroy()
  }
}

function buildDocument(
  pageLines: PdfLine[][],
  info: PdfInfo,
  xmp: { get(name: string): unknown } | null | undefined,
  fileName: string,
): ExtractedDocument {
  const pages = removePageFurniture(pageLines)
  const bodySize = bodyTextSize(pages)
  const builder = cappedBuilder(fileName)
  pages.forEach((lines, index) => {
    builder.startPage(index + 1)
    for (const block of blocksOf(lines, bodySize)) builder.add(block.kind, block.text, block.level)
  })
  const { text, blocks, pages: spans } = builder.build()
  if (text.trim().length === 0) {
    throw new WeftError(
      'empty_file',
      `${fileName} has no text layer: its ${pages.length === 1 ? 'page is a picture' : `${pages.length} pages are pictures`} (probably a scan). Run it through OCR (for example "Recognise text" in a PDF editor) and import the result.`,
    )
  }
  const firstHeading = blocks.find((block) => block.kind === 'heading')
  const metadataTitle = cleanTitle(stringOf(info.Title) ?? stringOf(xmp?.get('dc:title')))
  const title =
    metadataTitle && !MEANINGLESS_TITLE.test(metadataTitle)
      ? metadataTitle
      : titleFromLine(
          firstHeading ? text.slice(firstHeading.start, firstHeading.end) : text.split('\n', 1)[0],
          fileName,
        )
  const creators = xmp?.get('dc:creator')
  return {
    title,
    text,
    blocks,
    pages: spans,
    mediaType: PDF_MEDIA_TYPE,
    authors: splitAuthors([stringOf(info.Author), ...(Array.isArray(creators) ? creators.map(String) : [])]),
    language: cleanLanguage(stringOf(info.Language)) ?? guessLanguage(text),
  }
}

function isTextItem(item: unknown): item is TextItem {
  return typeof (item as TextItem).str === 'string'
}

function toRun(item: TextItem): TextRun {
  const [a, b, c, d, x, y] = item.transform as number[]
  return {
    text: item.str,
    x: x ?? 0,
    y: y ?? 0,
    width: item.width,
    size: Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height,
    endOfLine: item.hasEOL,
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

function refusal(error: unknown, fileName: string): WeftError {
  const name = (error as { name?: string })?.name
  if (name === 'PasswordException') {
    return new WeftError(
      'unsupported_type',
      `${fileName} is protected by a password, so Weft cannot read it. Open it in a PDF reader, save a copy without the password, and import that.`,
    )
  }
  if (name === 'InvalidPDFException' || name === 'FormatError') {
    return new WeftError(
      'unsupported_type',
      `${fileName} is damaged: it is not a PDF Weft can read. It may be incomplete; download it again or re-save it from a PDF reader.`,
    )
  }
  const detail = error instanceof Error ? error.message : String(error)
  return new WeftError(
    'unsupported_type',
    `${fileName} could not be read as a PDF (${detail}). Re-save it from a PDF reader and import it again.`,
  )
}
