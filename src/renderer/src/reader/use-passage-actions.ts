// What the reader does to passages and suggestions, through the core: each
// action reports its own failure in a toast that says what went wrong, and
// deleting a passage can be undone (the toast's Undo, or Ctrl/Cmd+Z while
// the toast is up).
import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { AliasKind, EntitySummary, Passage } from '@shared/actors'
import type { TextRange } from '@shared/models'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { isTextEntry } from '../library/use-undoable-delete'
import { useToasts } from '../shell/toasts'
import { shortQuote } from './quote'

export interface NewActor {
  name: string
  type: string
  /** The selected words, kept as an alias when they differ from the name. */
  alias?: { name: string; kind: AliasKind }
}

export interface PassageActions {
  create(range: TextRange, details?: { entityIds?: number[]; comment?: string }): Promise<Passage | undefined>
  createActor(actor: NewActor): Promise<EntitySummary | undefined>
  link(passageId: number, entityId: number): Promise<Passage | undefined>
  unlink(passageId: number, entityId: number): Promise<void>
  setComment(passageId: number, comment: string | null): Promise<boolean>
  setColor(passageId: number, color: string | null): Promise<void>
  remove(passage: Passage): Promise<void>
  /** Settles a passage flagged after re-anchoring: where it is now, or at a corrected span. */
  confirmReview(passageId: number, span?: TextRange): Promise<boolean>
  accept(suggestionId: number): Promise<Passage | undefined>
  reject(suggestionId: number): Promise<boolean>
  acceptAll(): Promise<void>
}

interface PendingUndo {
  token: string
  toastId: number
}

export function usePassageActions(sourceId: number): PassageActions {
  const api = useApi()
  const toasts = useToasts()
  const pendingUndo = useRef<PendingUndo | null>(null)

  /** Runs a call; on failure shows `what` and the core's reason, and gives undefined. */
  const attempt = useCallback(
    async <T>(what: string, run: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await run()
      } catch (failure) {
        toasts.show({ kind: 'error', title: what, details: [errorMessage(failure)] })
        return undefined
      }
    },
    [toasts],
  )

  const restore = useCallback(
    async (token: string) => {
      const restored = await attempt('Could not bring the passage back', () =>
        api.call('passages:restore', { undoToken: token }),
      )
      if (restored)
        toasts.show({ kind: 'success', title: `Restored the passage “${shortQuote(restored.exact)}”` })
    },
    [api, attempt, toasts],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const last = pendingUndo.current
      if (!last || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return
      if (event.key.toLowerCase() !== 'z' || isTextEntry(event.target)) return
      // A dialog on top has the keyboard; undoing behind it would surprise.
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      pendingUndo.current = null
      toasts.dismiss(last.toastId)
      void restore(last.token)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [toasts, restore])

  return useMemo<PassageActions>(
    () => ({
      create: (range, details = {}) =>
        attempt('Could not make a passage of the selected text', () =>
          api.call('passages:create', {
            sourceId,
            start: range.start,
            end: range.end,
            entityIds: details.entityIds ?? [],
            comment: details.comment ?? null,
          }),
        ),
      createActor: ({ name, type, alias }) =>
        attempt(`Could not create the actor “${name}”`, () =>
          api.call('entities:create', { name, type, aliases: alias ? [alias] : [] }),
        ),
      link: (passageId, entityId) =>
        attempt('Could not link the passage to the actor', () =>
          api.call('passages:link', { passageId, entityId }),
        ),
      unlink: async (passageId, entityId) => {
        await attempt('Could not unlink the actor from the passage', () =>
          api.call('passages:unlink', { passageId, entityId }),
        )
      },
      setComment: async (passageId, comment) =>
        (await attempt('Could not save the comment', () =>
          api.call('passages:update', { id: passageId, patch: { comment } }),
        )) !== undefined,
      setColor: async (passageId, color) => {
        await attempt('Could not change the passage’s colour', () =>
          api.call('passages:update', { id: passageId, patch: { color } }),
        )
      },
      remove: async (passage) => {
        const receipt = await attempt('Could not delete the passage', () =>
          api.call('passages:delete', { id: passage.id }),
        )
        if (!receipt) return
        const entry: PendingUndo = { token: receipt.undoToken, toastId: 0 }
        entry.toastId = toasts.show({
          kind: 'info',
          title: `Deleted the passage “${shortQuote(passage.exact)}”`,
          action: { label: 'Undo', run: () => void restore(receipt.undoToken) },
          onClose: () => {
            if (pendingUndo.current === entry) pendingUndo.current = null
          },
        })
        pendingUndo.current = entry
      },
      confirmReview: async (passageId, span) =>
        (await attempt('Could not confirm the passage', () =>
          api.call('passages:resolveReview', { id: passageId, ...(span ?? {}) }),
        )) !== undefined,
      accept: (suggestionId) =>
        attempt('Could not accept the suggestion', () => api.call('mentions:accept', { id: suggestionId })),
      reject: async (suggestionId) =>
        (await attempt('Could not reject the suggestion', () =>
          api.call('mentions:reject', { id: suggestionId }),
        )) !== undefined,
      acceptAll: async () => {
        const outcome = await attempt('Could not accept the suggestions', () =>
          api.call('mentions:acceptAllInSource', { sourceId }),
        )
        if (outcome) {
          const { accepted } = outcome
          toasts.show({
            kind: 'success',
            title: `Accepted ${accepted.toLocaleString()} ${accepted === 1 ? 'suggestion' : 'suggestions'}`,
          })
        }
      },
    }),
    [api, attempt, restore, sourceId, toasts],
  )
}
