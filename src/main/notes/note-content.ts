// What the core derives from a note's editor state on every save: its plain
// text (for search and the list), its word count, and what it links to
// (passages quoted, actors mentioned) for backlinks. Worked out block by
// block (each top-level block on its own), so a save that changed one
// paragraph of a long note derives that paragraph only (see note-blocks.ts).
import {
  ACTOR_MENTION_TYPE,
  PASSAGE_QUOTE_TYPE,
  readableQuote,
  type SerializedActorMention,
  type SerializedPassageQuote,
} from '@shared/notes'
import { parseEditorState, type SerializedNode } from './lexical-json'

export interface DerivedNote {
  plainText: string
  wordCount: number
  passageIds: number[]
  entityIds: number[]
}

/** What one top-level block contributes. */
export interface DerivedBlock {
  text: string
  /** Counted once per block, so a note's count is a sum, not a recount of all its text. */
  words: number
  passageIds: number[]
  entityIds: number[]
}

/** Element types whose children run inline (their text joins the surrounding text). */
const INLINE_ELEMENTS = new Set(['link', 'autolink'])
/** Element types whose children are lines of their own. */
const LINE_CONTAINERS = new Set(['list', 'tablerow', 'table'])

export function deriveBlock(block: SerializedNode): DerivedBlock {
  const passageIds = new Set<number>()
  const entityIds = new Set<number>()
  // Pieces of text pushed in reading order and joined once.
  const out: string[] = []
  /** Whether the last piece written ends a line (so a nested block needs no newline of its own). */
  let atLineStart = true
  const write = (text: string) => {
    if (!text) return
    out.push(text)
    atLineStart = text.endsWith('\n')
  }

  const visit = (node: SerializedNode): void => {
    switch (node.type) {
      case 'text':
      case 'code-highlight':
        write(node.text ?? '')
        return
      case 'linebreak':
        write('\n')
        return
      case 'tab':
        write('\t')
        return
      case PASSAGE_QUOTE_TYPE: {
        const quote = node as unknown as SerializedPassageQuote
        if (Number.isInteger(quote.passageId)) passageIds.add(quote.passageId)
        write(`“${readableQuote(quote.exact ?? '')}” (${quote.citation?.title ?? ''})`)
        return
      }
      case ACTOR_MENTION_TYPE: {
        const mention = node as unknown as SerializedActorMention
        if (Number.isInteger(mention.entityId)) entityIds.add(mention.entityId)
        write(mention.name ?? '')
        return
      }
    }
    const children = node.children
    if (!children || children.length === 0) return
    const separator = node.type === 'tablerow' ? '\t' : LINE_CONTAINERS.has(node.type) ? '\n' : ''
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index]!
      if (separator) {
        if (index > 0) write(separator)
      } else if (
        Array.isArray(child.children) &&
        !INLINE_ELEMENTS.has(child.type) &&
        !atLineStart &&
        out.length > 0
      ) {
        // A block inside a block (a list in a list item) starts a new line.
        write('\n')
      }
      visit(child)
    }
  }

  visit(block)
  const text = out.join('')
  return { text, words: countWords(text), passageIds: [...passageIds], entityIds: [...entityIds] }
}

/** The note's text, length and links from its blocks' (blocks are separated by a blank line). */
export function combineBlocks(blocks: readonly DerivedBlock[]): DerivedNote {
  const passageIds = new Set<number>()
  const entityIds = new Set<number>()
  const texts: string[] = []
  let wordCount = 0
  for (const block of blocks) {
    texts.push(block.text)
    wordCount += block.words
    for (const id of block.passageIds) passageIds.add(id)
    for (const id of block.entityIds) entityIds.add(id)
  }
  // Blocks are joined by blank lines, which never join or split words: the counts add up.
  const plainText = texts.join('\n\n').trim()
  return {
    plainText,
    wordCount,
    passageIds: [...passageIds],
    entityIds: [...entityIds],
  }
}

export function deriveNote(content: string): DerivedNote {
  const { root } = parseEditorState(content)
  return combineBlocks((root.children ?? []).map(deriveBlock))
}

/** Whether a UTF-16 code unit can be part of a word: letters, digits, marks, any non-ASCII letter. */
function isWordUnit(code: number): boolean {
  if (code < 0x80)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  // General punctuation, spaces and symbols above ASCII are not words; other scripts are.
  return !(
    code <= 0xbf ||
    (code >= 0x2000 && code <= 0x2bff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    code === 0xfeff
  )
}

/**
 * Words as a reader counts them: runs of non-space characters holding a letter
 * or digit ("al-Sharaa's" is one word, a lone dash none). A character loop,
 * not a Unicode regex: it runs on every save of notes 20,000 words long.
 */
export function countWords(text: string): number {
  let count = 0
  let inToken = false
  let counted = false
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    const space =
      code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a)
    if (space) {
      inToken = false
      continue
    }
    if (!inToken) {
      inToken = true
      counted = false
    }
    if (!counted && isWordUnit(code)) {
      counted = true
      count += 1
    }
  }
  return count
}
