// Reads what a saved page says about itself: Open Graph and article meta
// tags, JSON-LD (read as data, never run), <title>, <time>, the canonical
// link and the page language. Called before anything is removed from the page.
import { elementsNamed } from './dom-walk'
import {
  cleanLanguage,
  cleanTitle,
  cleanUrl,
  collapse,
  splitAuthors,
  toPartialDate,
} from '../metadata-values'

export interface PageMetadata {
  title: string | null
  /** The <title> element, often "Headline | Site": used when nothing better is there. */
  documentTitle: string | null
  /** The page's first <h1>. */
  headline: string | null
  authors: string[]
  publisher: string | null
  publishedDate: string | null
  url: string | null
  language: string | null
}

const MAX_JSON_LD_CHARS = 1_000_000
const ARTICLE_TYPES = /(Article|BlogPosting|Report|Posting|Review|WebPage)$/

interface JsonLdArticle {
  headline?: string
  authors: string[]
  publisher?: string
  datePublished?: string
  url?: string
  inLanguage?: string
}

const METADATA_TAGS = new Set(['meta', 'link', 'script', 'time', 'title', 'h1'])

export function readPageMetadata(doc: Document): PageMetadata {
  // One walk collects every element metadata can come from.
  const byTag = new Map<string, Element[]>()
  for (const element of elementsNamed(doc, METADATA_TAGS)) {
    const list = byTag.get(element.localName)
    if (list) list.push(element)
    else byTag.set(element.localName, [element])
  }
  const elements = (tag: string) => byTag.get(tag) ?? []
  const meta = metaValues(elements('meta'))
  const jsonLd = readJsonLd(elements('script'))
  const first = (...keys: string[]) => keys.map((key) => meta.get(key)).find((value) => value)
  const authorMeta = [meta.get('author'), meta.get('article:author'), meta.get('dc.creator')]
  const titleElement = elements('title')[0]?.textContent
  const h1 = elements('h1')[0]?.textContent
  return {
    title: cleanTitle(first('og:title', 'twitter:title') ?? jsonLd?.headline),
    documentTitle: cleanTitle(titleElement),
    headline: cleanTitle(h1),
    authors: splitAuthors([...authorMeta, ...(jsonLd?.authors ?? [])]),
    publisher: cleanTitle(first('og:site_name', 'application-name') ?? jsonLd?.publisher, 200),
    publishedDate:
      toPartialDate(
        first(
          'article:published_time',
          'og:published_time',
          'datepublished',
          'publish-date',
          'pubdate',
          'dc.date.issued',
          'dc.date',
          'date',
        ),
      ) ??
      toPartialDate(jsonLd?.datePublished) ??
      toPartialDate(firstTimeElement(elements('time'))),
    url: cleanUrl(canonicalLink(elements('link'))) ?? cleanUrl(meta.get('og:url')) ?? cleanUrl(jsonLd?.url),
    language:
      cleanLanguage(doc.documentElement.getAttribute('lang')) ??
      cleanLanguage(meta.get('content-language')) ??
      cleanLanguage(jsonLd?.inLanguage) ??
      cleanLanguage(meta.get('og:locale')),
  }
}

/** meta name/property/itemprop/http-equiv → content, first occurrence wins, keys lower-cased. */
function metaValues(metaElements: Element[]): Map<string, string> {
  const values = new Map<string, string>()
  for (const element of metaElements) {
    const content = collapse(element.getAttribute('content') ?? '')
    if (!content) continue
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase()
      if (key && !values.has(key)) values.set(key, content)
    }
  }
  // article:author is often a link to the author's page, not a name.
  if (/^https?:/i.test(values.get('article:author') ?? '')) values.delete('article:author')
  return values
}

function canonicalLink(links: Element[]): string | undefined {
  for (const link of links) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)
    if (rel.includes('canonical')) return link.getAttribute('href') ?? undefined
  }
  return undefined
}

function firstTimeElement(times: Element[]): string | undefined {
  const chosen = times.find((time) => time.hasAttribute('pubdate')) ?? times[0]
  return chosen?.getAttribute('datetime') ?? undefined
}

function readJsonLd(scripts: Element[]): JsonLdArticle | undefined {
  for (const script of scripts) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue
    const source = script.textContent ?? ''
    if (source.length > MAX_JSON_LD_CHARS) continue
    let data: unknown
    try {
      // Pages written in editors leave no-break spaces between JSON's tokens, where JSON wants spaces.
      data = JSON.parse(source.replace(/\u00a0/g, ' ').replace(/^\s*<!--|-->\s*$/g, ''))
    } catch {
      continue // broken JSON-LD is common; the meta tags still count
    }
    const article = flatten(data).find((item) => typesOf(item).some((type) => ARTICLE_TYPES.test(type)))
    if (article) return toArticle(article)
  }
  return undefined
}

type JsonObject = Record<string, unknown>

function flatten(data: unknown, depth = 0): JsonObject[] {
  if (depth > 4 || data === null || typeof data !== 'object') return []
  if (Array.isArray(data)) return data.flatMap((item) => flatten(item, depth + 1))
  const object = data as JsonObject
  return [object, ...flatten(object['@graph'], depth + 1)]
}

function typesOf(item: JsonObject): string[] {
  const type = item['@type']
  return (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string')
}

function toArticle(item: JsonObject): JsonLdArticle {
  const mainEntity = item.mainEntityOfPage
  return {
    headline: stringOf(item.headline) ?? stringOf(item.name),
    authors: namesOf(item.author),
    publisher: namesOf(item.publisher)[0],
    datePublished: stringOf(item.datePublished) ?? stringOf(item.dateCreated),
    url:
      stringOf(item.url) ??
      (typeof mainEntity === 'object' && mainEntity
        ? stringOf((mainEntity as JsonObject)['@id'])
        : undefined),
    inLanguage: stringOf(item.inLanguage),
  }
}

function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(namesOf)
  if (value && typeof value === 'object') {
    const name = stringOf((value as JsonObject).name)
    return name ? [name] : []
  }
  return []
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}
