// The serialized Lexical editor state as the core reads it: plain JSON, no
// Lexical and no DOM. Only the fields Weft uses are named; the rest pass through.
import { WeftError } from '../core/weft-error'

export interface SerializedNode {
  type: string
  version?: number
  children?: SerializedNode[]
  /** Text nodes. */
  text?: string
  /** Text format bit mask (bold 1, italic 2, strikethrough 4, underline 8, code 16, ...). */
  format?: number | string
  /** Headings: h1..h6. */
  tag?: string
  /** Lists: bullet, number or check. */
  listType?: string
  start?: number
  /** Check list items. */
  checked?: boolean
  /** Links. */
  url?: string
  /** Table cells: non-zero for header cells. */
  headerState?: number
  direction?: string | null
  [field: string]: unknown
}

export interface SerializedEditorState {
  root: SerializedNode
}

export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const

export function parseEditorState(content: string): SerializedEditorState {
  let value: unknown
  try {
    value = JSON.parse(content)
  } catch (error) {
    throw new WeftError(
      'invalid_input',
      `The note's content is not valid JSON (${(error as Error).message}). Reload the note and try again.`,
    )
  }
  const root = (value as { root?: unknown } | null)?.root
  if (!root || typeof root !== 'object' || !Array.isArray((root as SerializedNode).children)) {
    throw new WeftError(
      'invalid_input',
      "The note's content has no root node. Reload the note and try again.",
    )
  }
  return value as SerializedEditorState
}

/** A state with one empty paragraph: what a new note starts with. */
export function emptyEditorState(): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: null,
      children: [
        {
          type: 'paragraph',
          version: 1,
          format: '',
          indent: 0,
          direction: null,
          textFormat: 0,
          textStyle: '',
          children: [],
        },
      ],
    },
  })
}
