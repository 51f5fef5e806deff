// Saved web pages and pasted HTML: parsed into a light, inert tree (nothing
// runs, nothing loads), cleared of site clutter, reduced to the article by
// Readability; the article alone is then parsed by jsdom, sanitised with
// DOMPurify, and turned into blocks of canonical text, with the page's own
// metadata (title, authors, site, date, canonical URL, language).
import { WeftError } from '../../../core/weft-error'
import { cappedBuilder, titleFromLine, type ExtractedDocument } from '../document'
import { cleanLanguage, collapse, guessLanguage, splitAuthors, toPartialDate } from '../metadata-values'
import { isBoilerplateBlock, removeClutter } from './clutter'
import { decodeHtml } from './decode-html'
import { appendBlocks } from './html-blocks'
import { readPageMetadata } from './html-metadata'
import { sanitisedBody } from './html-parser'
import { readArticle } from './fast-readability'
import { parseLightDocument } from './light-dom'
import { prestripHtml } from './prestrip'
import { structuralHtml } from './structural-html'

const HTML_MEDIA_TYPE = 'text/html'

export function extractHtmlPage(bytes: Uint8Array, fileName: string): ExtractedDocument {
  return extractHtml(decodeHtml(bytes, fileName), fileName)
}

export function extractHtml(html: string, fileName: string): ExtractedDocument {
  const fragment = clipboardFragment(html)
  const doc = parseLightDocument(prestripHtml(fragment ?? html))
  const metadata = readPageMetadata(doc)
  removeClutter(doc)
  // A fragment is what the researcher chose to copy: keep all of it.
  const article = fragment === undefined ? readArticle(doc) : null
  // Only what is kept goes to jsdom and DOMPurify: Readability reads the page as inert
  // data, and the article is a fraction of the page. Blocks come from the sanitised copy.
  const keptPart = article?.content ?? doc.body
  const kept = sanitisedBody(keptPart ? structuralHtml(keptPart) : '')
  const builder = cappedBuilder(fileName)
  appendBlocks(kept, builder, (_kind, text) => !isBoilerplateBlock(text))
  const built = builder.build()
  if (built.text.trim().length === 0) {
    throw new WeftError(
      'empty_file',
      `${fileName} has no readable text. It may hold only pictures, or build its text with scripts, which Weft never runs. Copy the text from the page in a browser and paste it into Weft instead.`,
    )
  }
  const pageTitle = metadata.title ?? article?.title ?? metadata.documentTitle ?? metadata.headline
  const firstLine = built.text.split('\n', 1)[0]
  const document = pageTitle ? withHeadline(built, collapse(pageTitle), fileName) : built
  return {
    title: pageTitle ? collapse(pageTitle) : titleFromLine(firstLine, fileName),
    text: document.text,
    blocks: document.blocks,
    mediaType: HTML_MEDIA_TYPE,
    authors: metadata.authors.length > 0 ? metadata.authors : splitAuthors([article?.byline]),
    publisher: metadata.publisher ?? article?.siteName ?? null,
    publishedDate: metadata.publishedDate ?? toPartialDate(article?.publishedTime),
    url: metadata.url,
    language: metadata.language ?? cleanLanguage(article?.lang) ?? guessLanguage(built.text),
    kind: 'article',
  }
}

/** Browsers put what was copied between StartFragment and EndFragment; no markers, no <html> or <body> → a fragment too. */
function clipboardFragment(html: string): string | undefined {
  const start = html.indexOf('<!--StartFragment-->')
  const end = html.indexOf('<!--EndFragment-->')
  if (start >= 0 && end > start) return html.slice(start + '<!--StartFragment-->'.length, end)
  return /<(html|body|head)[\s>]/i.test(html.slice(0, 20_000)) ? undefined : html
}

/** Readability drops the headline it recognises as the title; the reader should still open on it. */
function withHeadline(
  built: ReturnType<ReturnType<typeof cappedBuilder>['build']>,
  title: string,
  fileName: string,
): { text: string; blocks: ExtractedDocument['blocks'] } {
  const first = built.blocks[0]
  if (first?.kind === 'heading') {
    const sameText = collapse(built.text.slice(first.start, first.end)).toLowerCase() === title.toLowerCase()
    if (sameText || first.level === 1) return built
  }
  const builder = cappedBuilder(fileName)
  builder.add('heading', title, 1)
  for (const block of built.blocks)
    builder.add(block.kind, built.text.slice(block.start, block.end), block.level)
  return builder.build()
}
