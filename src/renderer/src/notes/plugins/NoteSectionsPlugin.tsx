// Keeps the note's sections tidy (see section-upkeep.ts): joins the sections
// an edit reaches across before Lexical makes it, and splits, folds or drops
// sections after any change to which blocks they hold.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import {
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list'
import { mergeRegister } from '@lexical/utils'
import {
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DROP_COMMAND,
  FORMAT_ELEMENT_COMMAND,
  INDENT_CONTENT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  INSERT_TAB_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  RootNode,
  type LexicalCommand,
  type LexicalEditor,
} from 'lexical'
import { useEffect } from 'react'
import { NoteSectionNode } from '../nodes/NoteSectionNode'
import { $joinSectionsForEdit, $tidyRoot, $tidySection } from '../editor/section-upkeep'

/** Deletions, whose payload says which way: at a section's edge they reach into the next one. */
const DELETIONS: LexicalCommand<boolean>[] = [
  DELETE_CHARACTER_COMMAND,
  DELETE_WORD_COMMAND,
  DELETE_LINE_COMMAND,
]

export function registerNoteSections(editor: LexicalEditor): () => void {
  // Edits that change what a range selection covers: its sections become one first.
  const joinBefore = <T,>(command: LexicalCommand<T>) =>
    editor.registerCommand(
      command,
      () => {
        $joinSectionsForEdit()
        return false
      },
      COMMAND_PRIORITY_CRITICAL,
    )
  const joinBeforeDeleting = <T,>(command: LexicalCommand<T>, isBackward: (payload: T) => boolean) =>
    editor.registerCommand(
      command,
      (payload) => {
        $joinSectionsForEdit(isBackward(payload) ? 'backward' : 'forward')
        return false
      },
      COMMAND_PRIORITY_CRITICAL,
    )
  return mergeRegister(
    editor.registerNodeTransform(NoteSectionNode, $tidySection),
    editor.registerNodeTransform(RootNode, $tidyRoot),
    joinBefore(CONTROLLED_TEXT_INSERTION_COMMAND),
    joinBefore(REMOVE_TEXT_COMMAND),
    joinBefore(INSERT_PARAGRAPH_COMMAND),
    joinBefore(INSERT_LINE_BREAK_COMMAND),
    joinBefore(INSERT_TAB_COMMAND),
    joinBefore(KEY_ENTER_COMMAND),
    joinBefore(PASTE_COMMAND),
    joinBefore(CUT_COMMAND),
    joinBefore(DROP_COMMAND),
    joinBefore(FORMAT_ELEMENT_COMMAND),
    joinBefore(INDENT_CONTENT_COMMAND),
    joinBefore(OUTDENT_CONTENT_COMMAND),
    joinBefore(INSERT_UNORDERED_LIST_COMMAND),
    joinBefore(INSERT_ORDERED_LIST_COMMAND),
    joinBefore(INSERT_CHECK_LIST_COMMAND),
    joinBefore(REMOVE_LIST_COMMAND),
    ...DELETIONS.map((command) => joinBeforeDeleting(command, (isBackward) => isBackward)),
    joinBeforeDeleting(KEY_BACKSPACE_COMMAND, () => true),
    joinBeforeDeleting(KEY_DELETE_COMMAND, () => false),
  )
}

export function NoteSectionsPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(() => registerNoteSections(editor), [editor])
  return null
}
