// Deleting sources with a way back: a toast with Undo, and Ctrl/Cmd+Z while
// that toast is up. The core keeps deleted sources until the library is
// reopened, so undo is one call (sources:restore).
import { useCallback, useEffect, useRef } from 'react'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { useToasts } from '../shell/toasts'

interface PendingUndo {
  token: string
  toastId: number
}

const plural = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'source' : 'sources'}`

/** True when a key press belongs to a text field (its own undo) rather than to the library. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

export function useUndoableDelete(): { deleteSources(ids: number[]): Promise<void> } {
  const api = useApi()
  const toasts = useToasts()
  const pending = useRef<PendingUndo | null>(null)

  const restore = useCallback(
    async (token: string) => {
      try {
        const { restored } = await api.call('sources:restore', { undoToken: token })
        toasts.show({ kind: 'success', title: `Restored ${plural(restored)}` })
      } catch (failure) {
        toasts.show({ kind: 'error', title: 'Could not undo the delete', details: [errorMessage(failure)] })
      }
    },
    [api, toasts],
  )

  const deleteSources = useCallback(
    async (ids: number[]) => {
      // A failure here reaches the confirmation dialog, which shows it.
      const { deleted, undoToken } = await api.call('sources:delete', { ids })
      const entry: PendingUndo = { token: undoToken, toastId: 0 }
      entry.toastId = toasts.show({
        kind: 'info',
        title: `Deleted ${plural(deleted)}`,
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
      // A dialog on top has the keyboard; undoing behind it would surprise.
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      pending.current = null
      toasts.dismiss(last.toastId)
      void restore(last.token)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [toasts, restore])

  return { deleteSources }
}
