// Dragging a passage out of the reader (from the side panel or a highlight's
// card) into a note: the shared payload, and the quote as plain text for
// anything else that takes a drop.
import type { DragEvent } from 'react'
import type { Passage } from '@shared/actors'
import { PASSAGE_DRAG_TYPE, type PassageDragPayload } from '@shared/drag-types'

export function startPassageDrag(event: DragEvent, passage: Pick<Passage, 'id' | 'exact'>): void {
  const payload: PassageDragPayload = { passageId: passage.id }
  event.dataTransfer.setData(PASSAGE_DRAG_TYPE, JSON.stringify(payload))
  event.dataTransfer.setData('text/plain', passage.exact)
  event.dataTransfer.effectAllowed = 'copy'
}
