// Taking a passage out of the reader into a note: by dragging it (from the
// side panel or a highlight's card), or, for the keyboard, by copying it as a
// quote that pastes into a note as the same quote block a drop makes.
import { useCallback, type DragEvent } from 'react'
import type { Passage } from '@shared/actors'
import { PASSAGE_DRAG_TYPE, type PassageDragPayload } from '@shared/drag-types'
import {
  NOTE_EDITOR_NAMESPACE,
  PASSAGE_QUOTE_TYPE,
  type QuotablePassage,
  type SerializedPassageQuote,
} from '@shared/notes'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { useToasts } from '../shell/toasts'
import { shortQuote } from './quote'

export function startPassageDrag(event: DragEvent, passage: Pick<Passage, 'id' | 'exact'>): void {
  const payload: PassageDragPayload = { passageId: passage.id }
  event.dataTransfer.setData(PASSAGE_DRAG_TYPE, JSON.stringify(payload))
  event.dataTransfer.setData('text/plain', passage.exact)
  event.dataTransfer.effectAllowed = 'copy'
}

/** Lexical's own clipboard format; with it goes the note editor's namespace, which Lexical checks on paste. */
const LEXICAL_CLIPBOARD = 'application/x-lexical-editor'

/**
 * What a copied passage puts on the clipboard: in a note it pastes as a quote
 * block (Lexical's format, the note's own node), in a mail or a word processor
 * as a block quote with its source, and anywhere else as quoted text.
 */
export function quoteClipboardData(passage: QuotablePassage): Record<string, string> {
  const node: SerializedPassageQuote = {
    type: PASSAGE_QUOTE_TYPE,
    version: 1,
    passageId: passage.passageId,
    start: passage.start,
    end: passage.end,
    exact: passage.exact,
    citation: passage.citation,
  }
  const quote = document.createElement('blockquote')
  quote.textContent = passage.exact
  const cite = document.createElement('cite')
  cite.textContent = ` (${passage.citation.title})`
  quote.append(cite)
  const payload: PassageDragPayload = { passageId: passage.passageId }
  return {
    [LEXICAL_CLIPBOARD]: JSON.stringify({ namespace: NOTE_EDITOR_NAMESPACE, nodes: [node] }),
    'text/html': quote.outerHTML,
    'text/plain': `“${passage.exact}” (${passage.citation.title})`,
    [PASSAGE_DRAG_TYPE]: JSON.stringify(payload),
  }
}

/**
 * Puts several formats on the clipboard at once. Only a copy event may carry
 * formats of our own (the async clipboard API takes plain text, HTML and
 * pictures), so this runs the copy command and fills in its event.
 */
function writeClipboard(data: Record<string, string>): boolean {
  let written = false
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return
    for (const [type, value] of Object.entries(data)) event.clipboardData.setData(type, value)
    event.preventDefault()
    written = true
  }
  document.addEventListener('copy', onCopy, true)
  try {
    // The copy command is the one way to reach a copy event from a button press or a shortcut.
    document.execCommand('copy')
  } finally {
    document.removeEventListener('copy', onCopy, true)
  }
  return written
}

/** Copies a passage as a quote for a note, and says so (or why it could not). */
export function useCopyPassageAsQuote(): (passage: Pick<Passage, 'id' | 'exact'>) => Promise<void> {
  const api = useApi()
  const toasts = useToasts()
  return useCallback(
    async (passage) => {
      const failed = (details: string[]) =>
        toasts.show({ kind: 'error', title: 'Could not copy the passage', details })
      try {
        // The citation as the note will keep it, read the same way a drop into a note reads it.
        const [quotable] = await api.call('notes:passages', { ids: [passage.id] })
        if (!quotable) {
          failed(['It was deleted, or its source was. Mark the text again.'])
          return
        }
        if (!writeClipboard(quoteClipboardData(quotable))) {
          failed(['The clipboard did not take it. Drag the passage into the note instead.'])
          return
        }
        toasts.show({
          kind: 'success',
          title: `Copied “${shortQuote(passage.exact, 40)}” as a quote`,
          details: ['Paste it into a note (Ctrl+V) to quote it with its source.'],
        })
      } catch (error) {
        failed([errorMessage(error)])
      }
    },
    [api, toasts],
  )
}
