// The article Readability kept, written out as the bare structure the block
// walker reads (html-blocks.ts): its block elements, lists, tables and line
// breaks, with no attributes, and inline elements (links, emphasis, spans)
// unwrapped into their text. This is what jsdom parses and DOMPurify
// sanitises, a half of the nodes the article had, and it reads as the same
// blocks: the walker flows through inline elements and never reads an
// attribute.
import { BLOCK_CONTAINERS, SKIPPED } from './html-blocks'

/** Elements the walker gives a meaning to, besides the block containers. */
const STRUCTURE = new Set([
  ...BLOCK_CONTAINERS,
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
])
const VOID = new Set(['br', 'hr'])

const TEXT_NODE = 3
const ELEMENT_NODE = 1

export function structuralHtml(root: Element): string {
  const parts: string[] = []
  const write = (parent: Node): void => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === TEXT_NODE) parts.push(escapeText(node.textContent ?? ''))
      else if (node.nodeType !== ELEMENT_NODE) continue
      const tag = (node as Element).localName
      if (SKIPPED.has(tag)) continue
      if (VOID.has(tag)) parts.push(`<${tag}>`)
      else if (STRUCTURE.has(tag)) {
        parts.push(`<${tag}>`)
        write(node)
        parts.push(`</${tag}>`)
      } else write(node)
    }
  }
  write(root)
  return parts.join('')
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
