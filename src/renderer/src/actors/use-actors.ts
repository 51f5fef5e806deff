// The library's actors and types, reloaded whenever actors, passages or mentions change.
import { useCallback, useEffect, useState } from 'react'
import type { EntitySummary, EntityType } from '@shared/actors'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage } from '../api/weft-client'

export interface ActorsData {
  actors: EntitySummary[] | undefined
  types: EntityType[]
  error: string | undefined
  reload(): void
}

export function useActors(): ActorsData {
  const api = useApi()
  const [actors, setActors] = useState<EntitySummary[]>()
  const [types, setTypes] = useState<EntityType[]>([])
  const [error, setError] = useState<string>()
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((value) => value + 1), [])

  useEffect(() => {
    let live = true
    Promise.all([api.call('entities:list', {}), api.call('entityTypes:list', {})]).then(
      ([nextActors, nextTypes]) => {
        if (!live) return
        setActors(nextActors)
        setTypes(nextTypes)
        setError(undefined)
      },
      (failure: unknown) => live && setError(errorMessage(failure)),
    )
    return () => {
      live = false
    }
  }, [api, generation])

  useEvent('actors:changed', reload)
  useEvent('passages:changed', reload)
  useEvent('mentions:changed', reload)
  useEvent('library:changed', reload)
  return { actors, types, error, reload }
}

/** Actors whose name or an alias contains the text (case- and accent-insensitive), of a type if given. */
export function filterActors(actors: EntitySummary[], text: string, type: string): EntitySummary[] {
  const fold = (value: string) => value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  const needle = fold(text.trim())
  return actors.filter(
    (actor) =>
      (type === '' || actor.type === type) &&
      (needle === '' ||
        fold(actor.name).includes(needle) ||
        actor.aliases.some((alias) => fold(alias.name).includes(needle))),
  )
}
