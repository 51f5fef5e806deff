// What the toolbar shows as pressed: the block the caret is in, the text
// formats of the selection, a link under it, and whether undo and redo can go.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $isLinkNode } from '@lexical/link'
import { $isListNode, ListNode } from '@lexical/list'
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text'
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils'
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  type TextFormatType,
} from 'lexical'
import { useEffect, useState } from 'react'
import { $noteBlockOf } from '../editor/note-sections'

export const BLOCK_TYPES = [
  'paragraph',
  'h1',
  'h2',
  'h3',
  'quote',
  'bullet',
  'number',
  'check',
  'other',
] as const
export type BlockType = (typeof BLOCK_TYPES)[number]

export const TEXT_FORMATS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'code',
] as const satisfies readonly TextFormatType[]
export type ToolbarFormat = (typeof TEXT_FORMATS)[number]

export interface ToolbarState {
  block: BlockType
  formats: Record<ToolbarFormat, boolean>
  link: boolean
  canUndo: boolean
  canRedo: boolean
}

/** Longest wait for an idle moment before the toolbar shows a change anyway. */
const TOOLBAR_IDLE_WAIT_MS = 100

const INITIAL: ToolbarState = {
  block: 'paragraph',
  formats: { bold: false, italic: false, underline: false, strikethrough: false, code: false },
  link: false,
  canUndo: false,
  canRedo: false,
}

function sameState(a: ToolbarState, b: ToolbarState): boolean {
  return (
    a.block === b.block &&
    a.link === b.link &&
    a.canUndo === b.canUndo &&
    a.canRedo === b.canRedo &&
    TEXT_FORMATS.every((format) => a.formats[format] === b.formats[format])
  )
}

function $readSelection(): Pick<ToolbarState, 'block' | 'formats' | 'link'> | undefined {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return undefined
  const anchor = selection.anchor.getNode()
  const top = $noteBlockOf(anchor) ?? anchor
  let block: BlockType = 'other'
  const list = $getNearestNodeOfType(anchor, ListNode)
  if ($isListNode(list)) block = list.getListType()
  else if ($isHeadingNode(top)) {
    const tag = top.getTag()
    block = tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'other'
  } else if ($isQuoteNode(top)) block = 'quote'
  else if (top.getType() === 'paragraph') block = 'paragraph'
  const parent = anchor.getParent()
  return {
    block,
    formats: {
      bold: selection.hasFormat('bold'),
      italic: selection.hasFormat('italic'),
      underline: selection.hasFormat('underline'),
      strikethrough: selection.hasFormat('strikethrough'),
      code: selection.hasFormat('code'),
    },
    link: $isLinkNode(parent) || $isLinkNode(anchor),
  }
}

/** The block the caret is in now (for shortcuts that toggle it). */
export function $currentBlock(): BlockType {
  return $readSelection()?.block ?? 'other'
}

export function useToolbarState(): ToolbarState {
  const [editor] = useLexicalComposerContext()
  const [state, setState] = useState(INITIAL)

  useEffect(() => {
    // Changes are drawn when the page is next idle, between key presses: a React commit with
    // the caret in the note walks every node of it (ReactDOM records the selection), and in a
    // long note that would hold up the letter just typed. Idle comes within a frame or two.
    let pending: Partial<ToolbarState> = {}
    let scheduled: number | undefined
    const draw = () => {
      scheduled = undefined
      const patch = pending
      pending = {}
      setState((current) => {
        const next = { ...current, ...patch }
        return sameState(current, next) ? current : next
      })
    }
    const update = (patch: Partial<ToolbarState>) => {
      pending = { ...pending, ...patch }
      scheduled ??= requestIdleCallback(draw, { timeout: TOOLBAR_IDLE_WAIT_MS })
    }
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => {
        const read = editorState.read($readSelection)
        if (read) update(read)
      }),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (canUndo) => {
          update({ canUndo })
          return false
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (canRedo) => {
          update({ canRedo })
          return false
        },
        COMMAND_PRIORITY_LOW,
      ),
      () => {
        if (scheduled !== undefined) cancelIdleCallback(scheduled)
      },
    )
  }, [editor])

  return state
}
