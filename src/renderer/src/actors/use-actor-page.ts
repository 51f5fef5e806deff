// Everything the actor page shows: the actor, its passages, suggestions to
// review, ties and the notes that mention it.
import { useCallback, useEffect, useState } from 'react'
import type { CitedPassage, Entity, MentionSuggestion } from '@shared/actors'
import type { TieSummary } from '@shared/network/ties'
import type { NoteSummary } from '@shared/notes'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage } from '../api/weft-client'

export interface ActorPageData {
  actor: Entity
  passages: CitedPassage[]
  suggestions: MentionSuggestion[]
  ties: TieSummary[]
  notes: NoteSummary[]
}

export function useActorPage(actorId: number) {
  const api = useApi()
  const [data, setData] = useState<{ id: number; value?: ActorPageData; error?: string }>()
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((value) => value + 1), [])

  useEffect(() => {
    let live = true
    Promise.all([
      api.call('entities:get', { id: actorId }),
      api.call('passages:forEntity', { entityId: actorId }),
      api.call('mentions:forEntity', { entityId: actorId, status: 'open' }),
      api.call('ties:list', { entityId: actorId }),
      api.call('notes:forEntity', { entityId: actorId }),
    ]).then(
      ([actor, passages, suggestions, ties, notes]) =>
        live && setData({ id: actorId, value: { actor, passages, suggestions, ties, notes } }),
      (failure: unknown) => live && setData({ id: actorId, error: errorMessage(failure) }),
    )
    return () => {
      live = false
    }
  }, [api, actorId, generation])

  useEvent('actors:changed', reload)
  useEvent('passages:changed', reload)
  useEvent('mentions:changed', reload)
  const current = data?.id === actorId ? data : undefined
  return { data: current?.value, error: current?.error, reload }
}

/** Passages in source order, one group per source. */
export function groupBySource(
  passages: CitedPassage[],
): { sourceId: number; title: string; passages: CitedPassage[] }[] {
  const groups = new Map<number, { sourceId: number; title: string; passages: CitedPassage[] }>()
  for (const passage of passages) {
    const group = groups.get(passage.sourceId) ?? {
      sourceId: passage.sourceId,
      title: passage.sourceTitle,
      passages: [],
    }
    group.passages.push(passage)
    groups.set(passage.sourceId, group)
  }
  return [...groups.values()]
}
