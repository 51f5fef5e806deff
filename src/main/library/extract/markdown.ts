// Markdown: headings, paragraphs, quotes, list items and code become blocks of
// plain text; inline markup is dropped so quoted passages read cleanly.
import { Lexer, type Token, type Tokens } from 'marked'
import { decodeTextFile } from './decode-text'
import { DocumentBuilder, titleFromLine, type ExtractedDocument } from './document'

export function extractMarkdown(bytes: Uint8Array, fileName: string): ExtractedDocument {
  const source = decodeTextFile(bytes, fileName)
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
          for (const item of (token as Tokens.List).items) visitListItem(item)
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
  const visitListItem = (item: Tokens.ListItem): void => {
    const own = item.tokens.filter((child) => child.type !== 'list')
    builder.add(
      'list-item',
      own.map((child) => inlineText('tokens' in child && child.tokens ? child.tokens : [child])).join('\n'),
    )
    for (const child of item.tokens)
      if (child.type === 'list') for (const sub of (child as Tokens.List).items) visitListItem(sub)
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
