// A click on an actor chip opens the actor's page: one listener for all the
// chips of a note (a long one has hundreds).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { CLICK_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical'
import { useEffect } from 'react'
import { useNotesNavigation } from '../notes-navigation'

export function MentionClickPlugin() {
  const [editor] = useLexicalComposerContext()
  const { openActor } = useNotesNavigation()
  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const chip =
            event.target instanceof Element ? event.target.closest<HTMLElement>('.note-mention-chip') : null
          const entityId = Number(chip?.dataset.entityId)
          // A click that selects text (a drag, a shift-click) is not a request to leave the note.
          if (!chip || !Number.isInteger(entityId) || event.shiftKey || !window.getSelection()?.isCollapsed)
            return false
          openActor(entityId)
          return true
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, openActor],
  )
  return null
}
