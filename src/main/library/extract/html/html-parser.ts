// One jsdom window per worker, used only to parse: documents come from its
// DOMParser (no browsing context: scripts never run, nothing is fetched) and
// DOMPurify runs on the same window. Web pages reach it as the structure of
// the article Readability kept (see light-dom.ts); Word documents whole.
// The window is replaced now and then: jsdom's selector engine, should
// anything use it, leaves listeners on the window for every document. Nothing
// here uses it today, so that is rare: a new window costs 100 ms.
import createDOMPurify, { type DOMPurify } from 'dompurify'
import { JSDOM, VirtualConsole } from 'jsdom'
import { prestripHtml } from './prestrip'

const DOCUMENTS_PER_WINDOW = 10_000

interface ParsingWindow {
  dom: JSDOM
  parser: DOMParser
  purify: DOMPurify
  /** Set up once for web pages: DOMPurify otherwise rebuilds its allow-lists from the options on every call. */
  pagePurify: DOMPurify
  documents: number
}

let current: ParsingWindow | undefined

function parsingWindow(): ParsingWindow {
  if (current && current.documents < DOCUMENTS_PER_WINDOW) return current
  current?.dom.window.close()
  // No runScripts and no resources: jsdom's defaults, stated here so nobody adds them.
  const dom = new JSDOM('<!doctype html><title></title>', { virtualConsole: new VirtualConsole() })
  const window = dom.window as unknown as Window & typeof globalThis
  const pagePurify = createDOMPurify(window)
  pagePurify.setConfig({ ...SANITISE_OPTIONS, RETURN_DOM: true })
  current = {
    dom,
    parser: new dom.window.DOMParser(),
    purify: createDOMPurify(window),
    pagePurify,
    documents: 0,
  }
  return current
}

/** Builds the window ahead of the first page (a worker's warm-up). */
export function prepareParsingWindow(): void {
  parsingWindow()
}

export function parseHtml(html: string): Document {
  const window = parsingWindow()
  window.documents += 1
  return window.parser.parseFromString(glueWords(prestripHtml(html)), 'text/html')
}

/**
 * Parses HTML with DOMPurify and returns the sanitised body. DOMPurify parses
 * into a fresh inert document of its own: cheaper than handing it a tree to
 * clean in place, which it walks four times.
 */
export function sanitisedBody(html: string): Element {
  const window = parsingWindow()
  window.documents += 1
  // With RETURN_DOM (see pagePurify), what comes back is the <body> of that document.
  return window.pagePurify.sanitize(glueWords(html)) as unknown as Element
}

/**
 * Joins the words of text runs with no-break spaces before parsing. The HTML
 * tokenizer hands jsdom every word and every space as a separate token, and
 * jsdom appends each to the text node with a full DOM mutation: on prose that
 * is half the parse. Glued, a line is one token. Only a single space between
 * two visible characters is touched, so whitespace between tags (which decides
 * where <head> ends and what a table holds) stays as it was. Text taken out of
 * the document later treats the no-break space as a space.
 */
function glueWords(html: string): string {
  return html.replace(
    />([^<]+)</g,
    (_segment, text: string) => `>${text.replace(/(\S) (?=\S)/g, '$1\u00a0')}<`,
  )
}

/** Tags whose content is never text a researcher reads, removed before anything else. */
export const NEVER_TEXT_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'source',
  'track',
  'map',
  'form',
  'button',
  'input',
  'select',
  'option',
  'textarea',
  'dialog',
  'link',
  'meta',
  'base',
]

const SANITISE_OPTIONS = {
  FORBID_TAGS: NEVER_TEXT_TAGS,
  USE_PROFILES: { html: true },
  ALLOW_DATA_ATTR: false,
}

/**
 * Sanitises an element in place with DOMPurify: scripts, event handlers,
 * javascript: URLs, frames, forms, SVG and MathML go, whatever the page tried.
 */
export function sanitiseInPlace(element: Element): void {
  parsingWindow().purify.sanitize(element, { ...SANITISE_OPTIONS, IN_PLACE: true })
}
