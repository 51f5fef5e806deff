// Markdown: headings, paragraphs, quotes, list items and code become blocks of
// plain text; inline markup is dropped so quoted passages read cleanly.
import { Lexer, type Token, type Tokens } from 'marked'
import { decodeTextFile } from './decode-text'
import { DocumentBuilder, titleFromLine, type ExtractedDocument } from './document'

/**
 * Quote and list markers stacked at the start of a line beyond this depth are
 * dropped (the text after them is kept). The Markdown parser recurses once per
 * level: 30,000 "- " in a 60 KB file kept it busy for four seconds before it
 * overflowed the stack. Real writing nests a handful of levels.
 */
const MAX_MARKDOWN_NESTING = 64

/** One quote marker, or one list marker followed by a space, after up to three spaces of indent. */
const CONTAINER_MARKER = /[ \t]{0,3}(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t\r\n]|$))/y

export function extractMarkdown(bytes: Uint8Array, fileName: string): ExtractedDocument {
  const source = withNestingCapped(decodeTextFile(bytes, fileName))
  const builder = new DocumentBuilder()
  let firstHeading: string | undefined
  const visit = (tokens: Token[], inQuote: boolean): void => {
    for (const token of tokens) {
      switch (token.type) {
        case 'heading': {
          const heading = token as Tokens.Heading
          const text = inlineText(heading.tokens)
          firstHeading ??= text
          builder.add('heading', text, heading.depth)
          break
        }
        case 'paragraph':
        case 'text':
          builder.add(
            inQuote ? 'quote' : 'paragraph',
            inlineText((token as Tokens.Paragraph).tokens ?? [token]),
          )
          break
        case 'blockquote':
          visit((token as Tokens.Blockquote).tokens, true)
          break
        case 'list':
          for (const item of (token as Tokens.List).items) visitListItem(item, inQuote)
          break
        case 'code':
          builder.add('code', (token as Tokens.Code).text)
          break
        case 'table': {
          const table = token as Tokens.Table
          const rows = [table.header, ...table.rows].map((row) =>
            row.map((cell) => inlineText(cell.tokens)).join('\t'),
          )
          builder.add('paragraph', rows.join('\n'))
          break
        }
        case 'html':
          builder.add('paragraph', decodeEntities((token as Tokens.HTML).text.replace(/<[^>]*>/g, ' ')))
          break
        default:
          break // space, hr, def: no text of their own
      }
    }
  }
  // An item's own lines (its text, paragraphs, code) make its block; a list or quote inside it
  // follows as blocks of its own, and what the item says after one makes a further block.
  const visitListItem = (item: Tokens.ListItem, inQuote: boolean): void => {
    let own: string[] = []
    const addOwn = () => {
      if (own.length > 0) builder.add('list-item', own.join('\n'))
      own = []
    }
    for (const child of item.tokens) {
      if (
        child.type === 'list' ||
        child.type === 'blockquote' ||
        child.type === 'heading' ||
        child.type === 'table'
      ) {
        addOwn()
        visit([child], inQuote)
      } else if (child.type !== 'space') {
        own.push(inlineText('tokens' in child && child.tokens ? child.tokens : [child]))
      }
    }
    addOwn()
  }
  visit(new Lexer().lex(source), false)
  const { text, blocks } = builder.build()
  return {
    title: titleFromLine(firstHeading ?? text.split('\n', 1)[0], fileName),
    text,
    blocks,
    mediaType: 'text/markdown',
  }
}

/** The source with every line's quote and list markers past MAX_MARKDOWN_NESTING taken out; one pass. */
function withNestingCapped(source: string): string {
  const kept: string[] = []
  let copiedTo = 0
  for (let lineStart = 0; lineStart < source.length;) {
    const deepest = markersEnd(source, lineStart, MAX_MARKDOWN_NESTING)
    const beyond = markersEnd(source, deepest, Infinity)
    if (beyond > deepest) {
      kept.push(source.slice(copiedTo, deepest))
      copiedTo = beyond
    }
    const lineEnd = source.indexOf('\n', beyond)
    if (lineEnd < 0) break
    lineStart = lineEnd + 1
  }
  kept.push(source.slice(copiedTo))
  return kept.join('')
}

/** Where the run of at most `count` container markers starting at `from` ends. */
function markersEnd(source: string, from: number, count: number): number {
  let end = from
  CONTAINER_MARKER.lastIndex = from
  for (let found = 0; found < count && CONTAINER_MARKER.test(source); found += 1)
    end = CONTAINER_MARKER.lastIndex
  return end
}

function inlineText(tokens: Token[]): string {
  let out = ''
  for (const token of tokens) {
    if (token.type === 'br') out += '\n'
    else if (token.type === 'image') out += (token as Tokens.Image).text
    else if (token.type === 'html') continue
    else if ('tokens' in token && token.tokens && token.tokens.length > 0) out += inlineText(token.tokens)
    else if ('text' in token && typeof token.text === 'string') out += decodeEntities(token.text)
  }
  return out
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  '#39': "'",
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(parseInt(name.slice(1), 10))
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}
