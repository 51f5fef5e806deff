// Markdown in, a note's editor state out, with Lexical running headless in
// Node: Lexical's own Markdown transformers (headings, lists, check lists,
// quotes, code, bold, italic, strikethrough, links) plus rules and GFM tables.
import { createHeadlessEditor } from '@lexical/headless'
import {
  $convertFromMarkdownString,
  CHECK_LIST,
  isTableRowDivider,
  TRANSFORMERS,
  type ElementTransformer,
  type MultilineElementTransformer,
  type Transformer,
} from '@lexical/markdown'
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  TableCellHeaderStates,
  TableNode,
} from '@lexical/table'
import { $createParagraphNode, $getRoot } from 'lexical'
import { WeftError } from '../../core/weft-error'
import { HEADLESS_NODES, HeadlessHorizontalRuleNode, $isHeadlessHorizontalRuleNode } from './headless-nodes'

const HORIZONTAL_RULE: ElementTransformer = {
  dependencies: [HeadlessHorizontalRuleNode],
  export: (node) => ($isHeadlessHorizontalRuleNode(node) ? '---' : null),
  regExp: /^(?:---|\*\*\*|___)\s*$/,
  replace: (parent, _children, _match, isImport) => {
    const rule = new HeadlessHorizontalRuleNode()
    if (isImport || parent.getNextSibling()) parent.replace(rule)
    else parent.insertBefore(rule)
    rule.selectNext()
  },
  type: 'element',
}

const TABLE_LINE = /^\s*\|(.*)\|\s*$/

function tableCells(line: string): string[] {
  const inner = TABLE_LINE.exec(line)?.[1] ?? ''
  // Split on pipes not escaped with a backslash.
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'))
}

/** A GFM table: a header row, a divider row, body rows; each cell's Markdown imported into it. */
const TABLE: MultilineElementTransformer = {
  dependencies: [TableNode],
  regExpStart: TABLE_LINE,
  handleImportAfterStartMatch: ({ lines, rootNode, startLineIndex }) => {
    if (!isTableRowDivider((lines[startLineIndex + 1] ?? '').trim())) return null
    let end = startLineIndex + 2
    while (end < lines.length && TABLE_LINE.test(lines[end]!)) end += 1
    const rows = [lines[startLineIndex]!, ...lines.slice(startLineIndex + 2, end)].map(tableCells)
    const width = Math.max(...rows.map((row) => row.length))
    const table = $createTableNode()
    rows.forEach((cells, rowIndex) => {
      const row = $createTableRowNode()
      for (let column = 0; column < width; column += 1) {
        const cell = $createTableCellNode(
          rowIndex === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS,
        )
        const paragraph = $createParagraphNode()
        cell.append(paragraph)
        $convertFromMarkdownString(cells[column] ?? '', TRANSFORMERS, paragraph)
        if (cell.getChildrenSize() === 0) cell.append($createParagraphNode())
        row.append(cell)
      }
      table.append(row)
    })
    rootNode.append(table)
    return [true, end - 1]
  },
  replace: () => false,
  type: 'multiline-element',
}

// Check lists before plain lists: both start with "- ".
export const IMPORT_TRANSFORMERS: Transformer[] = [TABLE, HORIZONTAL_RULE, CHECK_LIST, ...TRANSFORMERS]

/** The serialized editor state (JSON) of a Markdown text. */
export function markdownToEditorState(markdown: string): string {
  const editor = createHeadlessEditor({
    namespace: 'weft-note-import',
    nodes: HEADLESS_NODES,
    onError: (error) => {
      throw error
    },
  })
  try {
    editor.update(
      () => {
        $convertFromMarkdownString(
          markdown.replace(/\r\n?/g, '\n'),
          IMPORT_TRANSFORMERS,
          undefined,
          false,
          true,
        )
        if ($getRoot().getChildrenSize() === 0) $getRoot().append($createParagraphNode())
      },
      { discrete: true },
    )
  } catch (error) {
    throw new WeftError('invalid_input', `The Markdown could not be read: ${(error as Error).message}.`)
  }
  return JSON.stringify(editor.getEditorState().toJSON())
}
