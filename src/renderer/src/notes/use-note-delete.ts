// Deleting a note with a way back: a toast with Undo, and Ctrl/Cmd+Z while
// that toast is up (outside text fields, which have their own undo). The
// core keeps deleted notes until the library is reopened.
import { useCallback, useEffect, useRef } from 'react'
import type { NoteSummary } from '@shared/notes'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { isTextEntry } from '../library/use-undoable-delete'
import { useToasts } from '../shell/toasts'

interface PendingUndo {
  token: string
  toastId: number
}

export function useNoteDelete(onRestored: (note: NoteSummary) => void): (note: NoteSummary) => Promise<void> {
  const api = useApi()
  const toasts = useToasts()
  const pending = useRef<PendingUndo | null>(null)
  const restoredCallback = useRef(onRestored)
  useEffect(() => {
    restoredCallback.current = onRestored
  })

  const restore = useCallback(
    async (token: string) => {
      try {
        const note = await api.call('notes:restore', { undoToken: token })
        toasts.show({ kind: 'success', title: `Restored “${note.title}”` })
        restoredCallback.current(note)
      } catch (failure) {
        toasts.show({ kind: 'error', title: 'Could not undo the delete', details: [errorMessage(failure)] })
      }
    },
    [api, toasts],
  )

  const deleteNote = useCallback(
    async (note: NoteSummary) => {
      const { undoToken } = await api.call('notes:delete', { id: note.id })
      const entry: PendingUndo = { token: undoToken, toastId: 0 }
      entry.toastId = toasts.show({
        kind: 'info',
        title: `Deleted “${note.title}”`,
        action: { label: 'Undo', run: () => void restore(undoToken) },
        onClose: () => {
          if (pending.current === entry) pending.current = null
        },
      })
      pending.current = entry
    },
    [api, toasts, restore],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const last = pending.current
      if (!last || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return
      if (event.key.toLowerCase() !== 'z' || isTextEntry(event.target)) return
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      pending.current = null
      toasts.dismiss(last.toastId)
      void restore(last.token)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [toasts, restore])

  return deleteNote
}
