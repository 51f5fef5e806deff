// The app's one undo: every feature pushes what it did onto a shared stack,
// and one Ctrl/Cmd+Z listener undoes the newest entry only, so two views can
// never undo at once. A toast's Undo button takes its own entry off the stack.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react'
import { useEvent } from '../../api/api-context'
import { errorMessage } from '../../api/weft-client'
import { useToasts } from '../toasts'
import { isUndoShortcut } from './undo-keys'
import { UndoStack, type StackedUndo, type UndoEntry } from './undo-stack'

export type { UndoEntry } from './undo-stack'

/** A toast telling what was done, with an Undo button for this entry. */
export interface UndoNotice {
  title: string
  kind?: 'info' | 'success'
}

export interface UndoHandle {
  /** Undoes this entry if it is still on the stack (not undone, not dropped); otherwise does nothing. */
  undo(): void
}

interface UndoApi {
  /** Records something the user may undo; with a notice, shows it as a toast with an Undo button. */
  push(entry: UndoEntry, notice?: UndoNotice): UndoHandle
}

const UndoContext = createContext<UndoApi | undefined>(undefined)

export function UndoProvider({ children }: { children: ReactNode }) {
  const toasts = useToasts()
  const stack = useRef(new UndoStack())
  /** The toast showing each entry, so undoing it by keyboard takes its Undo button away. */
  const noticeOf = useRef(new Map<number, number>())
  /** Undos run one after another, in the order asked, even when Ctrl+Z is pressed quickly twice. */
  const queue = useRef<Promise<void>>(Promise.resolve())

  const forgetNotice = useCallback(
    (id: number) => {
      const toastId = noticeOf.current.get(id)
      noticeOf.current.delete(id)
      if (toastId !== undefined) toasts.dismiss(toastId)
    },
    [toasts],
  )

  const run = useCallback(
    ({ id, entry }: StackedUndo) => {
      forgetNotice(id)
      queue.current = queue.current.then(async () => {
        try {
          await entry.undo()
          toasts.show({ kind: 'success', title: `Undone: ${entry.label}` })
        } catch (failure) {
          toasts.show({
            kind: 'error',
            title: `Could not undo ${entry.label}`,
            details: [errorMessage(failure)],
          })
        }
      })
    },
    [forgetNotice, toasts],
  )

  const push = useCallback(
    (entry: UndoEntry, notice?: UndoNotice): UndoHandle => {
      const { id, dropped } = stack.current.push(entry)
      for (const old of dropped) forgetNotice(old)
      const handle = {
        undo: () => {
          const stacked = stack.current.take(id)
          if (stacked) run(stacked)
        },
      }
      if (notice) {
        const toastId = toasts.show({
          kind: notice.kind ?? 'info',
          title: notice.title,
          action: { label: 'Undo', run: handle.undo },
          onClose: () => {
            if (noticeOf.current.get(id) === toastId) noticeOf.current.delete(id)
          },
        })
        noticeOf.current.set(id, toastId)
      }
      return handle
    },
    [forgetNotice, run, toasts],
  )

  // Another library file was opened: what was done in the last one cannot be undone in this one.
  useEvent('library:changed', () => {
    for (const id of stack.current.clear()) forgetNotice(id)
  })

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isUndoShortcut(event)) return
      // A dialog on top has the keyboard; undoing behind it would surprise.
      if (document.querySelector('dialog[open]')) return
      const newest = stack.current.pop()
      if (!newest) return
      event.preventDefault()
      run(newest)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [run])

  const api = useMemo(() => ({ push }), [push])
  return <UndoContext.Provider value={api}>{children}</UndoContext.Provider>
}

export function useUndo(): UndoApi {
  const api = useContext(UndoContext)
  if (!api) throw new Error('useUndo needs an UndoProvider above it')
  return api
}
