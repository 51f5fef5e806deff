// The one document every export format is written from: the note's blocks and
// inline runs read from its serialized Lexical state (plain JSON, no DOM),
// each quoted passage numbered as a footnote, and the sources it cites.
import {
  ACTOR_MENTION_TYPE,
  PASSAGE_QUOTE_TYPE,
  readableQuote,
  type CitationSnapshot,
  type SerializedActorMention,
  type SerializedPassageQuote,
} from '@shared/notes'
import { parseEditorState, TEXT_FORMAT, type SerializedNode } from '../lexical-json'
import { textDirection, type Direction } from './text-direction'

export interface Marks {
  bold: boolean
  italic: boolean
  underline: boolean
  strikethrough: boolean
  code: boolean
  subscript: boolean
  superscript: boolean
}

export type Inline =
  | { kind: 'text'; text: string; marks: Marks }
  | { kind: 'link'; url: string; children: Inline[] }
  | { kind: 'mention'; entityId: number; name: string }
  | { kind: 'break' }

export interface ListItem {
  inlines: Inline[]
  /** Check lists only. */
  checked?: boolean
  /** Lists nested under this item. */
  children: ListBlock[]
}

export interface ListBlock {
  kind: 'list'
  style: 'bullet' | 'number' | 'check'
  start: number
  items: ListItem[]
}

export interface TableCell {
  header: boolean
  inlines: Inline[]
}

export interface Footnote {
  number: number
  passageId: number
  citation: CitationSnapshot
}

export type Block =
  | { kind: 'heading'; level: number; inlines: Inline[]; dir: Direction }
  | { kind: 'paragraph'; inlines: Inline[]; dir: Direction }
  | { kind: 'blockquote'; inlines: Inline[]; dir: Direction }
  | ListBlock
  | { kind: 'table'; rows: TableCell[][] }
  | { kind: 'rule' }
  | { kind: 'code'; text: string; language: string | null }
  | { kind: 'quotation'; exact: string; dir: Direction; footnote: Footnote }

export interface NoteDocument {
  title: string
  blocks: Block[]
  /** One per quoted passage, numbered in reading order. */
  footnotes: Footnote[]
  /** Every source the note quotes, once each, in the order first quoted. */
  sources: CitationSnapshot[]
}

const NO_MARKS: Marks = {
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  code: false,
  subscript: false,
  superscript: false,
}

export function marksOf(format: number | string | undefined): Marks {
  if (typeof format !== 'number' || format === 0) return NO_MARKS
  return {
    bold: (format & TEXT_FORMAT.bold) !== 0,
    italic: (format & TEXT_FORMAT.italic) !== 0,
    underline: (format & TEXT_FORMAT.underline) !== 0,
    strikethrough: (format & TEXT_FORMAT.strikethrough) !== 0,
    code: (format & TEXT_FORMAT.code) !== 0,
    subscript: (format & TEXT_FORMAT.subscript) !== 0,
    superscript: (format & TEXT_FORMAT.superscript) !== 0,
  }
}

/** The plain text of inline runs (mentions by name), for direction and measuring. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) =>
      inline.kind === 'text'
        ? inline.text
        : inline.kind === 'link'
          ? inlineText(inline.children)
          : inline.kind === 'mention'
            ? inline.name
            : '\n',
    )
    .join('')
}

export function buildNoteDocument(title: string, content: string): NoteDocument {
  const { root } = parseEditorState(content)
  const footnotes: Footnote[] = []
  const sources = new Map<number, CitationSnapshot>()

  const inlinesOf = (nodes: readonly SerializedNode[] = []): Inline[] => {
    const inlines: Inline[] = []
    for (const node of nodes) {
      if (node.type === 'text' || node.type === 'code-highlight') {
        if (node.text) inlines.push({ kind: 'text', text: node.text, marks: marksOf(node.format) })
      } else if (node.type === 'tab') {
        inlines.push({ kind: 'text', text: '\t', marks: NO_MARKS })
      } else if (node.type === 'linebreak') {
        inlines.push({ kind: 'break' })
      } else if (node.type === 'link' || node.type === 'autolink') {
        inlines.push({ kind: 'link', url: String(node.url ?? ''), children: inlinesOf(node.children) })
      } else if (node.type === ACTOR_MENTION_TYPE) {
        const mention = node as unknown as SerializedActorMention
        inlines.push({ kind: 'mention', entityId: mention.entityId, name: mention.name })
      } else if (node.children) {
        inlines.push(...inlinesOf(node.children))
      }
    }
    return inlines
  }

  const listOf = (node: SerializedNode): ListBlock => {
    const style = node.listType === 'number' || node.listType === 'check' ? node.listType : 'bullet'
    const items: ListItem[] = []
    for (const item of node.children ?? []) {
      const nested = (item.children ?? []).filter((child) => child.type === 'list')
      const own = (item.children ?? []).filter((child) => child.type !== 'list')
      // Lexical nests a list in an item of its own: attach it to the item before.
      if (own.length === 0 && nested.length > 0 && items.length > 0) {
        items.at(-1)!.children.push(...nested.map(listOf))
        continue
      }
      items.push({
        inlines: inlinesOf(own),
        ...(style === 'check' ? { checked: item.checked === true } : {}),
        children: nested.map(listOf),
      })
    }
    return { kind: 'list', style, start: typeof node.start === 'number' ? node.start : 1, items }
  }

  const blockOf = (node: SerializedNode): Block | undefined => {
    switch (node.type) {
      case 'heading': {
        const inlines = inlinesOf(node.children)
        const level = Number(/^h([1-6])$/.exec(node.tag ?? '')?.[1] ?? 1)
        return { kind: 'heading', level, inlines, dir: textDirection(inlineText(inlines)) }
      }
      case 'quote': {
        const inlines = inlinesOf(node.children)
        return { kind: 'blockquote', inlines, dir: textDirection(inlineText(inlines)) }
      }
      case 'list':
        return listOf(node)
      case 'table':
        return {
          kind: 'table',
          rows: (node.children ?? []).map((row) =>
            (row.children ?? []).map((cell) => ({
              header: (cell.headerState ?? 0) !== 0,
              inlines: joinBlocks((cell.children ?? []).map((child) => inlinesOf(child.children))),
            })),
          ),
        }
      case 'horizontalrule':
        return { kind: 'rule' }
      case 'code':
        return {
          kind: 'code',
          text: inlineText(inlinesOf(node.children)),
          language: typeof node.language === 'string' && node.language ? node.language : null,
        }
      case PASSAGE_QUOTE_TYPE: {
        const quote = node as unknown as SerializedPassageQuote
        const footnote = {
          number: footnotes.length + 1,
          passageId: quote.passageId,
          citation: quote.citation,
        }
        footnotes.push(footnote)
        if (!sources.has(quote.citation.sourceId)) sources.set(quote.citation.sourceId, quote.citation)
        const exact = readableQuote(quote.exact)
        return { kind: 'quotation', exact, dir: textDirection(exact), footnote }
      }
      default: {
        const inlines = inlinesOf(node.children)
        return { kind: 'paragraph', inlines, dir: textDirection(inlineText(inlines)) }
      }
    }
  }

  const blocks: Block[] = []
  for (const node of root.children ?? []) {
    const block = blockOf(node)
    if (block) blocks.push(block)
  }
  return { title, blocks, footnotes, sources: [...sources.values()] }
}

/** Paragraphs inside one table cell, as one run with line breaks between them. */
function joinBlocks(paragraphs: Inline[][]): Inline[] {
  return paragraphs.flatMap((inlines, index) =>
    index === 0 ? inlines : [{ kind: 'break' as const }, ...inlines],
  )
}
