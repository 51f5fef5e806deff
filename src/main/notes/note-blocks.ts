// A note's top-level blocks as the last save left them (JSON text and what
// each one contributes to the note's text and links), for the notes saved
// lately. A save of a long note can then send only the blocks that changed
// and refer to the others by position (notes:saveBlocks): the core parses
// and derives the changed blocks alone, and the renderer sends a few kB.
import { NOTE_BLOCKS_PLACEHOLDER } from '@shared/notes'
import { WeftError } from '../core/weft-error'
import { parseEditorState, type SerializedNode } from './lexical-json'
import { combineBlocks, deriveBlock, type DerivedBlock, type DerivedNote } from './note-content'

export interface NoteBlocks {
  revision: number
  /** The root's JSON with NOTE_BLOCKS_PLACEHOLDER where its children go. */
  root: string
  blocks: string[]
  derived: DerivedBlock[]
}

const PLACEHOLDER_JSON = JSON.stringify(NOTE_BLOCKS_PLACEHOLDER)
/** How many notes' blocks are kept: the ones open, and a few before them. */
const KEPT_NOTES = 6

export class NoteBlocksCache {
  private readonly notes = new Map<number, NoteBlocks>()

  get(noteId: number, revision: number): NoteBlocks | undefined {
    const kept = this.notes.get(noteId)
    return kept?.revision === revision ? kept : undefined
  }

  set(noteId: number, blocks: NoteBlocks): void {
    this.notes.delete(noteId)
    this.notes.set(noteId, blocks)
    for (const oldest of this.notes.keys()) {
      if (this.notes.size <= KEPT_NOTES) break
      this.notes.delete(oldest)
    }
  }

  forget(noteId: number): void {
    this.notes.delete(noteId)
  }
}

/** A stored note's blocks, from its whole content. */
export function splitContent(content: string, revision: number): NoteBlocks {
  const state = parseEditorState(content)
  const children = state.root.children ?? []
  const root = JSON.stringify({ ...state, root: { ...state.root, children: [NOTE_BLOCKS_PLACEHOLDER] } })
  return {
    revision,
    root,
    blocks: children.map((child) => JSON.stringify(child)),
    derived: children.map(deriveBlock),
  }
}

function invalid(reason: string): WeftError {
  return new WeftError(
    'invalid_input',
    `The note's changes could not be read (${reason}). Reload the note and try again.`,
  )
}

/**
 * The note after a block save: each entry is a block's JSON (new or changed)
 * or the position of an unchanged block in `previous`.
 */
export function applyBlocks(
  previous: NoteBlocks,
  root: string,
  entries: readonly (string | number)[],
): { content: string; blocks: string[]; derived: DerivedBlock[]; note: DerivedNote } {
  const at = root.indexOf(PLACEHOLDER_JSON)
  if (at < 0 || root.indexOf(PLACEHOLDER_JSON, at + 1) >= 0)
    throw invalid('the root has no single place for its blocks')
  const shell = parseEditorState(root.replace(PLACEHOLDER_JSON, ''))
  if (shell.root.children?.length !== 0) throw invalid('the root holds blocks of its own')
  const blocks: string[] = []
  const derived: DerivedBlock[] = []
  for (const entry of entries) {
    if (typeof entry === 'number') {
      const block = previous.blocks[entry]
      if (block === undefined) throw invalid(`there is no block ${entry} to keep`)
      blocks.push(block)
      derived.push(previous.derived[entry]!)
      continue
    }
    let node: SerializedNode
    try {
      node = JSON.parse(entry) as SerializedNode
    } catch {
      throw invalid('a block is not valid JSON')
    }
    if (!node || typeof node.type !== 'string') throw invalid('a block has no type')
    blocks.push(entry)
    derived.push(deriveBlock(node))
  }
  return {
    content: root.slice(0, at) + blocks.join(',') + root.slice(at + PLACEHOLDER_JSON.length),
    blocks,
    derived,
    note: combineBlocks(derived),
  }
}
