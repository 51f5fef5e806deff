// Hostile or broken pages can nest elements thousands of levels deep. Reading
// such a tree is slow far beyond its size: Readability reads the text under
// each ancestor of each element it scores, which grows with the cube of the
// depth (a 12 KB page nested 1,000 deep took 15 s), and the walkers after it
// recurse once per level. Real pages stay far shallower than MAX_NESTING; past
// it each element is reduced to its text, so every word is still kept.
import { SKIPPED } from './html-blocks'

/** Levels below the body kept as they are; deeper structure becomes text. */
export const MAX_NESTING = 128

const ELEMENT_NODE = 1
const TEXT_NODE = 3

/**
 * Reduces every element `limit` levels below `root` to its text, leaving
 * everything shallower as it is. Returns how many elements were reduced.
 */
export function capNesting(root: Element, limit: number = MAX_NESTING): number {
  let reduced = 0
  const pending: [Element, number][] = [[root, 0]]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [element, depth] = next
    if (depth >= limit) {
      if (element.firstElementChild) {
        element.textContent = textUnder(element)
        reduced += 1
      }
      continue
    }
    // Last child first onto the stack, so the walk goes in document order.
    for (const child of Array.from(element.children).reverse()) pending.push([child, depth + 1])
  }
  return reduced
}

/** Elements that flow within a line; any other element's text is kept apart from its neighbours'. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
])

/**
 * The text under `element` in document order, as the block walker would read it (scripts, styles
 * and the like left out, a space where one block ends and the next begins), read without
 * recursion: the tree may be very deep.
 */
function textUnder(element: Element): string {
  const parts: string[] = []
  // null marks the end of a block element: a space goes there once its children are read.
  const pending: (Node | null)[] = [element]
  while (pending.length > 0) {
    const node = pending.pop()
    if (node === null || node === undefined) parts.push(' ')
    else if (node.nodeType === TEXT_NODE) parts.push(node.textContent ?? '')
    else if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).localName
      if (SKIPPED.has(tag)) continue
      if (!INLINE.has(tag)) {
        parts.push(' ')
        pending.push(null)
      }
      for (const child of Array.from(node.childNodes).reverse()) pending.push(child)
    }
  }
  return parts.join('')
}
