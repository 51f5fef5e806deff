// Quotes as whole things: a click beside a quote's text (or arrowing onto
// it) selects it, the selected one is outlined, and Backspace or Delete
// removes it. One listener for all of them: a long note has hundreds.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import {
  $createNodeSelection,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isNodeSelection,
  $setSelection,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  type NodeKey,
} from 'lexical'
import { useEffect } from 'react'
import { $isPassageQuoteNode } from '../nodes/PassageQuoteNode'

const SELECTED_CLASS = 'is-selected'

export function DecoratorSelectionPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    let outlined: NodeKey[] = []
    // Command handlers run inside an update: they read and change the state directly.
    // (editor.read() there would commit the update half done.)
    const removeSelected = (event: KeyboardEvent) => {
      const selection = $getSelection()
      if (!$isNodeSelection(selection)) return false
      event.preventDefault()
      for (const node of selection.getNodes()) {
        if ($isPassageQuoteNode(node)) {
          const previous = node.getPreviousSibling()
          node.remove()
          if (previous) previous.selectEnd()
        }
      }
      return true
    }
    return mergeRegister(
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const target = event.target
          // The text and buttons open things; the rest of the quote block selects it.
          if (!(target instanceof HTMLElement) || target.closest('button, .note-quote-text')) return false
          const block = target.closest('.note-quote-block')
          if (!block) return false
          const node = $getNearestNodeFromDOMNode(block)
          if (!$isPassageQuoteNode(node)) return false
          const selection = $createNodeSelection()
          selection.add(node.getKey())
          $setSelection(selection)
          return true
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(KEY_BACKSPACE_COMMAND, removeSelected, COMMAND_PRIORITY_LOW),
      editor.registerCommand(KEY_DELETE_COMMAND, removeSelected, COMMAND_PRIORITY_LOW),
      editor.registerUpdateListener(({ editorState }) => {
        const keys = editorState.read(() => {
          const selection = $getSelection()
          return $isNodeSelection(selection) ? selection.getNodes().map((node) => node.getKey()) : []
        })
        if (keys.length === 0 && outlined.length === 0) return
        for (const key of outlined) editor.getElementByKey(key)?.classList.remove(SELECTED_CLASS)
        for (const key of keys) editor.getElementByKey(key)?.classList.add(SELECTED_CLASS)
        outlined = keys
      }),
    )
  }, [editor])
  return null
}
