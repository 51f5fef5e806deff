// Walks sanitised HTML and appends its text to a DocumentBuilder as blocks:
// headings with their level, paragraphs, quotes, list items, code and tables,
// with HTML's whitespace rules (runs of spaces collapse, <br> breaks a line).
import type { BlockKind } from '@shared/models'
import type { DocumentBuilder } from '../document'

const HEADING = /^h([1-6])$/
/** Elements whose content is never a block's text. */
export const SKIPPED = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'figcaption'])
/** Elements that start a new block; everything else flows inside the current one. */
export const BLOCK_CONTAINERS = new Set([
  'address',
  'article',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'header',
  'hgroup',
  'hr',
  'legend',
  'main',
  'section',
  'summary',
  'caption',
  'figure',
])

export interface BlockFilter {
  /** Return false to drop a block (boilerplate). */
  (kind: BlockKind, text: string): boolean
}

export function appendBlocks(root: Element, builder: DocumentBuilder, keep: BlockFilter = () => true): void {
  const walker = new BlockWalker(builder, keep)
  walker.walk(root, false)
  walker.finish()
}

class BlockWalker {
  private inline = ''

  constructor(
    private readonly builder: DocumentBuilder,
    private readonly keep: BlockFilter,
  ) {}

  walk(parent: Node, inQuote: boolean): void {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) this.inline += collapsed(node)
      else if (node.nodeType === 1) this.element(node as Element, inQuote)
    }
    if (parent.nodeType === 1 && BLOCK_CONTAINERS.has((parent as Element).localName)) this.flush(inQuote)
  }

  private element(element: Element, inQuote: boolean): void {
    const tag = element.localName
    if (SKIPPED.has(tag)) return
    const heading = HEADING.exec(tag)
    if (heading) {
      this.flush(inQuote)
      this.emit('heading', inlineText(element), Number(heading[1]))
    } else if (tag === 'p') {
      this.flush(inQuote)
      this.walk(element, inQuote)
      this.flush(inQuote)
    } else if (tag === 'blockquote') {
      this.flush(inQuote)
      this.walk(element, true)
      this.flush(true)
    } else if (tag === 'ul' || tag === 'ol') {
      this.flush(inQuote)
      this.list(element)
    } else if (tag === 'li') {
      this.flush(inQuote)
      this.listItem(element)
    } else if (tag === 'pre') {
      this.flush(inQuote)
      // Parsing glued words with no-break spaces (see html-parser); code keeps its own spacing.
      this.emit('code', (element.textContent ?? '').replace(/\u00a0/g, ' ').replace(/^\n/, ''))
    } else if (tag === 'table') {
      this.flush(inQuote)
      this.emit(inQuote ? 'quote' : 'paragraph', tableText(element))
    } else if (tag === 'br') {
      this.inline += '\n'
    } else if (BLOCK_CONTAINERS.has(tag)) {
      this.flush(inQuote)
      this.walk(element, inQuote)
    } else {
      this.walk(element, inQuote) // inline: a, em, strong, span, time, q, code…
    }
  }

  finish(): void {
    this.flush(false)
  }

  private list(list: Element): void {
    for (const child of Array.from(list.children)) {
      if (child.localName === 'li') this.listItem(child)
      else if (child.localName === 'ul' || child.localName === 'ol') this.list(child)
    }
  }

  /** A list item's own text first, then its nested lists as items of their own. */
  private listItem(item: Element): void {
    const nested: Element[] = []
    let own = ''
    const collect = (parent: Node): void => {
      for (let node = parent.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === 3) own += collapsed(node)
        else if (node.nodeType === 1) {
          const element = node as Element
          if (element.localName === 'ul' || element.localName === 'ol') nested.push(element)
          else if (element.localName === 'br') own += '\n'
          else if (!SKIPPED.has(element.localName)) {
            if (BLOCK_CONTAINERS.has(element.localName) || element.localName === 'p') own += '\n'
            collect(element)
          }
        }
      }
    }
    collect(item)
    this.emit('list-item', normaliseInline(own))
    for (const list of nested) this.list(list)
  }

  private flush(inQuote: boolean): void {
    if (this.inline.length === 0) return
    const text = normaliseInline(this.inline)
    this.inline = ''
    this.emit(inQuote ? 'quote' : 'paragraph', text)
  }

  private emit(kind: BlockKind, text: string, level?: number): void {
    const cleaned = text.trim()
    if (cleaned.length === 0 || !this.keep(kind, cleaned)) return
    this.builder.add(kind, cleaned, level)
  }
}

/** A text node's text with HTML's whitespace rule: any run of spaces, tabs and newlines is one space. */
function collapsed(node: Node): string {
  return (node.nodeValue ?? '').replace(/\s+/g, ' ')
}

/** Lines of inline text: only <br> (the \n here) breaks a line; each line is trimmed. */
function normaliseInline(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n')
}

function inlineText(element: Element): string {
  let text = ''
  const visit = (parent: Node): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) text += collapsed(node)
      else if (node.nodeType === 1) {
        const child = node as Element
        if (child.localName === 'br') text += '\n'
        else if (!SKIPPED.has(child.localName)) visit(child)
      }
    }
  }
  visit(element)
  return normaliseInline(text).replace(/\n/g, ' ')
}

function tableText(table: Element): string {
  return Array.from(table.getElementsByTagName('tr'))
    .map((row) =>
      Array.from(row.children)
        .filter((cell) => cell.localName === 'td' || cell.localName === 'th')
        .map((cell) => inlineText(cell))
        .join('\t'),
    )
    .filter((row) => row.trim().length > 0)
    .join('\n')
}
