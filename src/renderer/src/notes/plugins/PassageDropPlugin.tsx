// A passage dragged from the reader, an actor's page or the passages panel
// and dropped on the note becomes a quote after the block it was dropped on.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  type NodeKey,
} from 'lexical'
import { useEffect } from 'react'
import { PASSAGE_DRAG_TYPE, parsePassageDrag } from '@shared/drag-types'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../api/weft-client'
import { useToasts } from '../../shell/toasts'
import { $insertPassageQuote } from '../editor/insert-quote'
import { useQuoteStates } from '../editor/quote-states'

function carriesPassage(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes(PASSAGE_DRAG_TYPE)
}

export function PassageDropPlugin() {
  const [editor] = useLexicalComposerContext()
  const api = useApi()
  const toasts = useToasts()
  const quotes = useQuoteStates()

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!carriesPassage(event)) return false
            event.preventDefault()
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
            return true
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            if (!carriesPassage(event)) return false
            event.preventDefault()
            const payload = parsePassageDrag(event.dataTransfer?.getData(PASSAGE_DRAG_TYPE) ?? '')
            if (!payload) return true
            // Where it was dropped: the block under the pointer, read now while the event is live.
            const target = event.target instanceof Node ? event.target : null
            const nearKey: NodeKey | null = target
              ? ($getNearestNodeFromDOMNode(target)?.getKey() ?? null)
              : null
            api.call('notes:passages', { ids: [payload.passageId] }).then(
              ([passage]) => {
                if (!passage) {
                  toasts.show({
                    kind: 'error',
                    title: 'That passage is no longer in the library',
                    details: ['It was deleted, or its source was. Mark the text again in the reader.'],
                  })
                  return
                }
                quotes.remember(passage)
                editor.update(() => $insertPassageQuote(passage, nearKey ? $getNodeByKey(nearKey) : null))
                editor.focus()
              },
              (error: unknown) =>
                toasts.show({
                  kind: 'error',
                  title: 'Could not quote the passage',
                  details: [errorMessage(error)],
                }),
            )
            return true
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor, api, toasts, quotes],
  )
  return null
}
