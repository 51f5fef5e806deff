// Cuts what Weft never reads out of a page's source before it is parsed:
// comments, scripts (except JSON-LD metadata), styles, inline SVG, frames,
// media, form controls, captions, and the page's navigation, footer, asides
// and masthead (a <header> without the headline). jsdom pays for every node it
// builds; on a saved news page these are a third of the nodes and more.
// This is about speed, not safety: what is left is still parsed by jsdom and
// sanitised by DOMPurify, and everything removed here would be removed there.
// The scan follows the HTML tokenizer where it matters: quoted attribute
// values may hold "<" and ">", script and style end only at their end tag,
// and nested elements of the same name are counted.

/** Raw-text elements: their content is not markup, whatever it looks like. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title'])
/** Elements removed with all they contain. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'nav',
  'aside',
  'footer',
  'figcaption',
  'picture',
  'video',
  'audio',
  'canvas',
  'img',
  'input',
  'button',
  'select',
  'textarea',
  'dialog',
])
/** Void elements never have an end tag to wait for. */
const VOID = new Set([
  'img',
  'br',
  'hr',
  'input',
  'meta',
  'link',
  'source',
  'wbr',
  'area',
  'base',
  'col',
  'embed',
  'track',
])

interface Tag {
  name: string
  /** Index just past the tag's ">" (or the end of the input). */
  end: number
  closing: boolean
  selfClosing: boolean
  source: string
}

export function prestripHtml(html: string): string {
  let out = ''
  let copiedUpTo = 0
  let at = html.indexOf('<')
  while (at >= 0 && at < html.length) {
    if (html.startsWith('<!--', at)) {
      out += html.slice(copiedUpTo, at)
      copiedUpTo = commentEnd(html, at)
      at = html.indexOf('<', copiedUpTo)
      continue
    }
    const tag = readTag(html, at)
    if (!tag) {
      at = html.indexOf('<', at + 1)
      continue
    }
    if (tag.closing || !(DROPPED.has(tag.name) || tag.name === 'header') || isJsonLd(tag)) {
      // Kept: skip over the content of raw-text elements so it is not scanned as markup.
      const next = !tag.closing && RAW_TEXT.has(tag.name) ? rawTextEnd(html, tag) : tag.end
      at = html.indexOf('<', next)
      continue
    }
    const { end, kept } = skipElement(html, tag)
    // A page's masthead goes; an article's header, which holds its headline, stays.
    if (tag.name === 'header' && /<h1[\s>]/i.test(html.slice(tag.end, end))) {
      at = html.indexOf('<', tag.end)
      continue
    }
    out += html.slice(copiedUpTo, at)
    out += kept
    copiedUpTo = end
    at = html.indexOf('<', end)
  }
  return out + html.slice(copiedUpTo)
}

/** Skips an element and everything inside it; JSON-LD found inside is kept (it is metadata). */
function skipElement(html: string, open: Tag): { end: number; kept: string } {
  if (open.selfClosing || VOID.has(open.name)) return { end: open.end, kept: '' }
  if (RAW_TEXT.has(open.name)) return { end: rawTextEnd(html, open), kept: '' }
  let depth = 1
  let kept = ''
  let at = html.indexOf('<', open.end)
  while (at >= 0) {
    if (html.startsWith('<!--', at)) {
      at = html.indexOf('<', commentEnd(html, at))
      continue
    }
    const tag = readTag(html, at)
    if (!tag) {
      at = html.indexOf('<', at + 1)
      continue
    }
    if (tag.name === open.name && !tag.selfClosing) depth += tag.closing ? -1 : 1
    if (depth === 0) return { end: tag.end, kept }
    let next = tag.end
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      next = rawTextEnd(html, tag)
      if (isJsonLd(tag)) kept += html.slice(at, next)
    }
    at = html.indexOf('<', next)
  }
  return { end: html.length, kept } // never closed: the parser would run it to the end as well
}

function readTag(html: string, at: number): Tag | undefined {
  const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(at, at + 64))
  if (!match) return undefined
  let index = at + match[0].length
  let quote: string | undefined
  for (; index < html.length; index += 1) {
    const char = html[index]
    if (quote) {
      if (char === quote) quote = undefined
    } else if (char === '"' || char === "'") {
      // Quotes open a value only after "=" (possibly with spaces); elsewhere they are plain characters.
      if (/=\s*$/.test(html.slice(Math.max(at, index - 8), index))) quote = char
    } else if (char === '>') break
  }
  const end = Math.min(index + 1, html.length)
  return {
    name: match[2]!.toLowerCase(),
    end,
    closing: match[1] === '/',
    selfClosing: html[end - 2] === '/',
    source: html.slice(at, end),
  }
}

function isJsonLd(tag: Tag): boolean {
  return tag.name === 'script' && /type\s*=\s*["']?application\/ld\+json/i.test(tag.source)
}

function commentEnd(html: string, at: number): number {
  if (html.startsWith('<!-->', at)) return at + 5
  if (html.startsWith('<!--->', at)) return at + 6
  const close = html.indexOf('-->', at + 4)
  return close < 0 ? html.length : close + 3
}

/** The end of a raw-text element: just past its own end tag, matched case-insensitively. */
function rawTextEnd(html: string, open: Tag): number {
  const pattern = new RegExp(`</${open.name}[\\s/>]`, 'ig')
  pattern.lastIndex = open.end
  const close = pattern.exec(html)
  if (!close) return html.length
  const gt = html.indexOf('>', close.index)
  return gt < 0 ? html.length : gt + 1
}
