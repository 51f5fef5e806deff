// Drag-and-drop payloads between views (a passage dragged from the reader or
// an actor's page into a note, or onto an actor in the network).

/** dataTransfer type carrying JSON `{ passageId: number }`. */
export const PASSAGE_DRAG_TYPE = 'application/x-weft-passage'

export interface PassageDragPayload {
  passageId: number
}

export function parsePassageDrag(data: string): PassageDragPayload | undefined {
  try {
    const value = JSON.parse(data) as unknown
    if (value && typeof value === 'object' && Number.isInteger((value as PassageDragPayload).passageId)) {
      return { passageId: (value as PassageDragPayload).passageId }
    }
  } catch {
    // Not our payload.
  }
  return undefined
}
