// Deleting a note with a way back: the deletion goes on the app's undo stack
// (the toast's Undo, or Ctrl/Cmd+Z outside text fields, which have their own
// undo). The core keeps deleted notes until the library is reopened.
import { useCallback, useEffect, useRef } from 'react'
import type { NoteSummary } from '@shared/notes'
import { useApi } from '../api/api-context'
import { useUndo } from '../shell/undo/UndoProvider'

export function useNoteDelete(onRestored: (note: NoteSummary) => void): (note: NoteSummary) => Promise<void> {
  const api = useApi()
  const undo = useUndo()
  const restoredCallback = useRef(onRestored)
  useEffect(() => {
    restoredCallback.current = onRestored
  })

  return useCallback(
    async (note: NoteSummary) => {
      const { undoToken } = await api.call('notes:delete', { id: note.id })
      undo.push(
        {
          label: `deleting the note “${note.title}”`,
          undo: async () => {
            restoredCallback.current(await api.call('notes:restore', { undoToken }))
          },
        },
        { title: `Deleted “${note.title}”` },
      )
    },
    [api, undo],
  )
}
