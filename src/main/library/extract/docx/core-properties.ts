// docProps/core.xml: the title, authors and language Word keeps for a document.
// A handful of flat elements, read with patterns rather than an XML parser.
import { cleanLanguage, cleanTitle, splitAuthors } from '../metadata-values'

export interface CoreProperties {
  title: string | null
  authors: string[]
  language: string | null
}

export function readCoreProperties(xml: Uint8Array | undefined): CoreProperties {
  if (!xml) return { title: null, authors: [], language: null }
  const text = new TextDecoder('utf-8').decode(xml)
  return {
    title: cleanTitle(element(text, 'dc:title')),
    authors: splitAuthors([element(text, 'dc:creator')]),
    language: cleanLanguage(element(text, 'dc:language')),
  }
}

function element(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml)
  return match ? decodeXmlEntities(match[1]!) : undefined
}

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_whole, name: string) => {
    const lower = name.toLowerCase()
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16))
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10))
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? ''
  })
}
