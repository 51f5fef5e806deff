// Readability with three of its internals replaced, for speed on the light
// tree it reads (light-dom.ts): it collects elements by tag name with one
// walk per tag, where one walk for all of them does; it rewrites every link
// and image URL to an absolute one, which Weft never uses (it keeps text
// only); and it reads each element's inline style through a style object to
// see whether it is hidden, where the attribute's text tells. Same article,
// same order.
import { Readability } from '@mozilla/readability'
import { elementsNamed } from './dom-walk'

/** What Readability keeps of a page, as a live element rather than an HTML string. */
export interface ReadableArticle {
  content: Element
  title: string | null
  byline: string | null
  siteName: string | null
  publishedTime: string | null
  lang: string | null
}

const HIDDEN_BY_STYLE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i
const INVISIBLE_BY_STYLE = /(?:^|;)\s*visibility\s*:\s*hidden\s*(?:!important\s*)?(?:;|$)/i

class FastReadability extends Readability<Element> {
  // Readability's own helper (not in its typings); same contract: elements in document order.
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): Element[] {
    return elementsNamed(node, new Set(tagNames.map((tag) => tag.toLowerCase())))
  }

  // Weft keeps only the article's text: absolute URLs would be computed for nothing.
  _fixRelativeUris(): void {}

  // Readability's own rule, read from the style attribute's text rather than a style object.
  _isProbablyVisible(node: Element): boolean {
    const style = node.getAttribute('style')
    if (style && (HIDDEN_BY_STYLE.test(style) || INVISIBLE_BY_STYLE.test(style))) return false
    if (node.hasAttribute('hidden')) return false
    return (
      node.getAttribute('aria-hidden') !== 'true' ||
      (node.getAttribute('class') ?? '').includes('fallback-image')
    )
  }
}

/** Runs Readability on `doc` (it rewrites the document); null when it finds no article. */
export function readArticle(doc: Document): ReadableArticle | null {
  const article = new FastReadability(doc, {
    serializer: (node) => node as Element,
    // JSON-LD is read beforehand, as data; Readability need not parse it again.
    disableJSONLD: true,
    // Classes are dropped with the markup anyway; stripping them first is wasted work.
    keepClasses: true,
  }).parse()
  if (!article?.content) return null
  return {
    content: article.content,
    title: article.title ?? null,
    byline: article.byline ?? null,
    siteName: article.siteName ?? null,
    publishedTime: article.publishedTime ?? null,
    lang: article.lang ?? null,
  }
}
