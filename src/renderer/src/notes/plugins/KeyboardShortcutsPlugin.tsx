// The editor's own keyboard shortcuts (Lexical handles bold, italic,
// underline, undo and redo): see SHORTCUT_GROUPS for the list.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $isListItemNode } from '@lexical/list'
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils'
import { ListItemNode } from '@lexical/list'
import {
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_NORMAL,
  INDENT_CONTENT_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  type LexicalNode,
} from 'lexical'
import { useEffect } from 'react'
import { useNotesNavigation } from '../notes-navigation'
import { $isActorMentionNode } from '../nodes/ActorMentionNode'
import { $isPassageQuoteNode } from '../nodes/PassageQuoteNode'
import { setBlockType, toggleFormat } from '../editor/editor-actions'
import { EDITOR_KEYS, matchesShortcut } from '../editor/shortcuts'
import { $currentBlock, type BlockType } from './toolbar-state'

type Openable =
  { kind: 'actor'; entityId: number } | { kind: 'passage'; sourceId: number; start: number; end: number }

function openableOf(node: LexicalNode | null | undefined): Openable | undefined {
  if ($isActorMentionNode(node)) return { kind: 'actor', entityId: node.getActor().entityId }
  if ($isPassageQuoteNode(node)) {
    const passage = node.getPassage()
    return { kind: 'passage', sourceId: passage.citation.sourceId, start: passage.start, end: passage.end }
  }
  return undefined
}

/** The actor chip or quoted passage that is selected, or right beside the caret. */
function $openableAtSelection(): Openable | undefined {
  const selection = $getSelection()
  if ($isNodeSelection(selection)) return openableOf(selection.getNodes()[0])
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return undefined
  const { anchor } = selection
  const node = anchor.getNode()
  if ($isActorMentionNode(node)) return openableOf(node)
  if ($isTextNode(node)) {
    const before = anchor.offset === 0 ? node.getPreviousSibling() : null
    const after = anchor.offset === node.getTextContentSize() ? node.getNextSibling() : null
    return openableOf(before) ?? openableOf(after)
  }
  if ($isElementNode(node)) {
    return (
      openableOf(node.getChildAtIndex(anchor.offset - 1)) ?? openableOf(node.getChildAtIndex(anchor.offset))
    )
  }
  return undefined
}

/** The block styles with a key of their own. */
const BLOCK_SHORTCUTS = ['paragraph', 'h1', 'h2', 'h3', 'quote', 'bullet', 'number', 'check'] as const

interface KeyboardShortcutsPluginProps {
  onHelp(): void
  onLink(): void
  onTogglePassages(): void
}

export function KeyboardShortcutsPlugin({ onHelp, onLink, onTogglePassages }: KeyboardShortcutsPluginProps) {
  const [editor] = useLexicalComposerContext()
  const { openActor, openPassage } = useNotesNavigation()

  useEffect(() => {
    // The bindings run from a command handler, inside an update: they read the state directly.
    const toggle = (target: BlockType) => setBlockType(editor, $currentBlock(), target)
    const bindings: [string, () => void][] = [
      [EDITOR_KEYS.strikethrough, () => toggleFormat(editor, 'strikethrough')],
      [EDITOR_KEYS.code, () => toggleFormat(editor, 'code')],
      [EDITOR_KEYS.link, onLink],
      [EDITOR_KEYS.help, onHelp],
      [EDITOR_KEYS.passages, onTogglePassages],
      ...BLOCK_SHORTCUTS.map((block): [string, () => void] => [EDITOR_KEYS[block], () => toggle(block)]),
      [
        EDITOR_KEYS.openBesideCaret,
        () => {
          const target = $openableAtSelection()
          if (target?.kind === 'actor') openActor(target.entityId)
          else if (target) openPassage(target.sourceId, { start: target.start, end: target.end })
        },
      ],
    ]
    return mergeRegister(
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const binding = bindings.find(([keys]) => matchesShortcut(event, keys))
          if (!binding) return false
          event.preventDefault()
          binding[1]()
          return true
        },
        COMMAND_PRIORITY_NORMAL,
      ),
      // Tab indents list items; elsewhere it leaves the editor, as Tab does on a page.
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          const selection = $getSelection()
          if (!$isRangeSelection(selection)) return false
          const item = $getNearestNodeOfType(selection.anchor.getNode(), ListItemNode)
          if (!$isListItemNode(item)) return false
          event.preventDefault()
          return editor.dispatchCommand(
            event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND,
            undefined,
          )
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    )
  }, [editor, onHelp, onLink, onTogglePassages, openActor, openPassage])

  return null
}
