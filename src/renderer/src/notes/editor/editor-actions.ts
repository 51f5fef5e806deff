// The editing actions the toolbar, the keyboard shortcuts and the help sheet
// share: block styles, lists, text formats, rules and tables.
import {
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list'
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode'
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text'
import { $setBlocksType } from '@lexical/selection'
import { INSERT_TABLE_COMMAND } from '@lexical/table'
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  FORMAT_TEXT_COMMAND,
  type LexicalEditor,
} from 'lexical'
import type { BlockType, ToolbarFormat } from '../plugins/toolbar-state'
import { $joinSectionsForEdit } from './section-upkeep'

const LISTS = {
  bullet: INSERT_UNORDERED_LIST_COMMAND,
  number: INSERT_ORDERED_LIST_COMMAND,
  check: INSERT_CHECK_LIST_COMMAND,
} as const

/** Makes the blocks under the selection `target`; choosing the style they already have makes them paragraphs. */
export function setBlockType(editor: LexicalEditor, current: BlockType, target: BlockType): void {
  const wanted = current === target && target !== 'paragraph' ? 'paragraph' : target
  if (wanted === 'bullet' || wanted === 'number' || wanted === 'check') {
    editor.dispatchCommand(LISTS[wanted], undefined)
    return
  }
  if (current === 'bullet' || current === 'number' || current === 'check') {
    editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined)
  }
  editor.update(() => {
    $joinSectionsForEdit()
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return
    $setBlocksType(selection, () =>
      wanted === 'h1' || wanted === 'h2' || wanted === 'h3'
        ? $createHeadingNode(wanted)
        : wanted === 'quote'
          ? $createQuoteNode()
          : $createParagraphNode(),
    )
  })
}

export function toggleFormat(editor: LexicalEditor, format: ToolbarFormat): void {
  editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)
}

export function insertRule(editor: LexicalEditor): void {
  editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined)
}

export function insertTable(editor: LexicalEditor): void {
  editor.dispatchCommand(INSERT_TABLE_COMMAND, {
    rows: '3',
    columns: '3',
    includeHeaders: { rows: true, columns: false },
  })
}
