// DOCX: the package is checked and unpacked safely first (see docx-package),
// then mammoth turns the Word XML into HTML, which goes through the same
// sanitising HTML-to-blocks path as web pages (without Readability: the whole
// document is the content). Title and authors come from docProps/core.xml.
import { zipSync } from 'fflate'
import mammoth from 'mammoth'
import { WeftError } from '../../../core/weft-error'
import { cappedBuilder, titleFromLine, type ExtractedDocument } from '../document'
import { guessLanguage } from '../metadata-values'
import { appendBlocks } from '../html/html-blocks'
import { parseHtml, sanitiseInPlace } from '../html/html-parser'
import { readCoreProperties } from './core-properties'
import { openDocxPackage } from './docx-package'

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
/** Titles Word fills in by itself. */
const MEANINGLESS_TITLE = /^(untitled|document\d*|title|microsoft word.*)$/i
/** Word styles mammoth does not map by default but a researcher reads as structure. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
]

export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  const parts = openDocxPackage(bytes, fileName)
  // mammoth gets a fresh, uncompressed package of the XML parts already checked:
  // it never inflates the original, and pictures are never unpacked at all.
  const safePackage = zipSync(Object.fromEntries(parts), { level: 0 })
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(safePackage.buffer, safePackage.byteOffset, safePackage.byteLength) },
      {
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
      },
    )
    html = result.value
  } catch (error) {
    throw new WeftError(
      'unsupported_type',
      `${fileName} could not be read as a Word document (${(error as Error).message}). Open it in Word or LibreOffice, save it again as .docx, and import that.`,
    )
  }
  const doc = parseHtml(html)
  sanitiseInPlace(doc.body)
  const builder = cappedBuilder(fileName)
  appendBlocks(doc.body, builder)
  const { text, blocks } = builder.build()
  if (text.trim().length === 0) {
    throw new WeftError('empty_file', `${fileName} has no text: there is nothing to import.`)
  }
  const properties = readCoreProperties(parts.get('docProps/core.xml'))
  const firstHeading = blocks.find((block) => block.kind === 'heading')
  const title =
    properties.title && !MEANINGLESS_TITLE.test(properties.title)
      ? properties.title
      : titleFromLine(
          firstHeading ? text.slice(firstHeading.start, firstHeading.end) : text.split('\n', 1)[0],
          fileName,
        )
  return {
    title,
    text,
    blocks,
    mediaType: DOCX_MEDIA_TYPE,
    authors: properties.authors,
    language: properties.language ?? guessLanguage(text),
  }
}
