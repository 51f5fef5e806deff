// What the reader does to passages and suggestions, through the core: each
// action reports its own failure in a toast that says what went wrong. Making
// and deleting a passage, linking and unlinking its actors, changing its
// comment or colour, and rejecting a suggestion go on the app's undo stack
// (a toast's Undo, or Ctrl/Cmd+Z).
import { useCallback, useMemo } from 'react'
import type { AliasKind, EntitySummary, MentionSuggestion, Passage } from '@shared/actors'
import type { TextRange } from '@shared/models'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { useToasts } from '../shell/toasts'
import { useUndo } from '../shell/undo/UndoProvider'
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
  setComment(passage: Passage, comment: string | null): Promise<boolean>
  setColor(passage: Passage, color: string | null): Promise<void>
  remove(passage: Passage): Promise<void>
  /** Settles a passage flagged after re-anchoring: where it is now, or at a corrected span. */
  confirmReview(passageId: number, span?: TextRange): Promise<boolean>
  accept(suggestionId: number): Promise<Passage | undefined>
  reject(suggestion: Pick<MentionSuggestion, 'id' | 'exact'>): Promise<boolean>
  acceptAll(): Promise<void>
}

/** `actors` names the actors in what the undo stack says ("Undone: unlinking CENTCOM from …"). */
export function usePassageActions(
  sourceId: number,
  actors: ReadonlyMap<number, Pick<EntitySummary, 'name'>>,
): PassageActions {
  const api = useApi()
  const toasts = useToasts()
  const undo = useUndo()

  const nameOf = useCallback((entityId: number) => actors.get(entityId)?.name ?? 'the actor', [actors])

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

  /** Sets a passage's comment or colour, and puts the old one back on undo. */
  const change = useCallback(
    async (passage: Passage, field: 'comment' | 'color', value: string | null): Promise<boolean> => {
      const patchOf = (to: string | null) => (field === 'comment' ? { comment: to } : { color: to })
      const what = field === 'comment' ? 'the comment on' : 'the colour of'
      const saved = await attempt(
        field === 'comment' ? 'Could not save the comment' : 'Could not change the passage’s colour',
        () => api.call('passages:update', { id: passage.id, patch: patchOf(value) }),
      )
      if (saved)
        undo.push({
          label: `changing ${what} “${shortQuote(passage.exact)}”`,
          undo: async () => {
            await api.call('passages:update', { id: passage.id, patch: patchOf(passage[field]) })
          },
        })
      return saved !== undefined
    },
    [api, attempt, undo],
  )

  return useMemo<PassageActions>(
    () => ({
      create: async (range, details = {}) => {
        const passage = await attempt('Could not make a passage of the selected text', () =>
          api.call('passages:create', {
            sourceId,
            start: range.start,
            end: range.end,
            entityIds: details.entityIds ?? [],
            comment: details.comment ?? null,
          }),
        )
        if (passage)
          undo.push({
            label: `highlighting “${shortQuote(passage.exact)}”`,
            undo: async () => {
              await api.call('passages:delete', { id: passage.id })
            },
          })
        return passage
      },
      createActor: ({ name, type, alias }) =>
        attempt(`Could not create the actor “${name}”`, () =>
          api.call('entities:create', { name, type, aliases: alias ? [alias] : [] }),
        ),
      link: async (passageId, entityId) => {
        const passage = await attempt('Could not link the passage to the actor', () =>
          api.call('passages:link', { passageId, entityId }),
        )
        if (passage)
          undo.push({
            label: `linking “${shortQuote(passage.exact)}” to ${nameOf(entityId)}`,
            undo: async () => {
              await api.call('passages:unlink', { passageId, entityId })
            },
          })
        return passage
      },
      unlink: async (passageId, entityId) => {
        const passage = await attempt('Could not unlink the actor from the passage', () =>
          api.call('passages:unlink', { passageId, entityId }),
        )
        if (!passage) return
        const what = `${nameOf(entityId)} from “${shortQuote(passage.exact)}”`
        undo.push(
          {
            label: `unlinking ${what}`,
            undo: async () => {
              await api.call('passages:link', { passageId, entityId })
            },
          },
          { title: `Unlinked ${what}` },
        )
      },
      setComment: (passage, comment) => change(passage, 'comment', comment),
      setColor: async (passage, color) => {
        await change(passage, 'color', color)
      },
      remove: async (passage) => {
        const receipt = await attempt('Could not delete the passage', () =>
          api.call('passages:delete', { id: passage.id }),
        )
        if (!receipt) return
        undo.push(
          {
            label: `deleting the passage “${shortQuote(passage.exact)}”`,
            undo: async () => {
              await api.call('passages:restore', { undoToken: receipt.undoToken })
            },
          },
          { title: `Deleted the passage “${shortQuote(passage.exact)}”` },
        )
      },
      confirmReview: async (passageId, span) =>
        (await attempt('Could not confirm the passage', () =>
          api.call('passages:resolveReview', { id: passageId, ...(span ?? {}) }),
        )) !== undefined,
      accept: (suggestionId) =>
        attempt('Could not accept the suggestion', () => api.call('mentions:accept', { id: suggestionId })),
      reject: async (suggestion) => {
        const outcome = await attempt('Could not reject the suggestion', () =>
          api.call('mentions:reject', { id: suggestion.id }),
        )
        if (outcome?.rejected)
          undo.push({
            label: `rejecting “${shortQuote(suggestion.exact)}”`,
            undo: async () => {
              await api.call('mentions:unreject', { id: suggestion.id })
            },
          })
        return outcome !== undefined
      },
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
    [api, attempt, change, nameOf, sourceId, toasts, undo],
  )
}
