// Deleting sources with a way back: the deletion goes on the app's undo stack
// (the toast's Undo, or Ctrl/Cmd+Z). The core keeps deleted sources until
// the library is reopened, so undo is one call (sources:restore).
import { useCallback } from 'react'
import { useApi } from '../api/api-context'
import { useUndo } from '../shell/undo/UndoProvider'

const plural = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'source' : 'sources'}`

export function useUndoableDelete(): { deleteSources(ids: number[]): Promise<void> } {
  const api = useApi()
  const undo = useUndo()

  const deleteSources = useCallback(
    async (ids: number[]) => {
      // A failure here reaches the confirmation dialog, which shows it.
      const { deleted, undoToken } = await api.call('sources:delete', { ids })
      undo.push(
        {
          label: `deleting ${plural(deleted)}`,
          undo: async () => {
            await api.call('sources:restore', { undoToken })
          },
        },
        { title: `Deleted ${plural(deleted)}` },
      )
    },
    [api, undo],
  )

  return { deleteSources }
}
