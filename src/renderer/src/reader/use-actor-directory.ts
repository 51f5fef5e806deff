// The library's actors and actor types as the reader needs them: names for
// the chips on passages, and the list the "Link to actor" box searches.
import { useEffect, useMemo, useState } from 'react'
import type { EntitySummary, EntityType } from '@shared/actors'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage } from '../api/weft-client'

export interface ActorDirectory {
  actors: EntitySummary[]
  byId: ReadonlyMap<number, EntitySummary>
  types: EntityType[]
  error: string | undefined
}

export function useActorDirectory(): ActorDirectory {
  const api = useApi()
  const [actors, setActors] = useState<EntitySummary[]>([])
  const [types, setTypes] = useState<EntityType[]>([])
  const [error, setError] = useState<string>()
  const [revision, setRevision] = useState(0)
  const reload = () => setRevision((value) => value + 1)
  useEvent('actors:changed', reload)
  useEvent('library:changed', reload)

  useEffect(() => {
    let live = true
    // A failure keeps the last list and says so; the next change of actors tries again.
    Promise.all([api.call('entities:list', {}), api.call('entityTypes:list', {})]).then(
      ([nextActors, nextTypes]) => {
        if (!live) return
        setActors(nextActors)
        setTypes(nextTypes)
        setError(undefined)
      },
      (failure: unknown) =>
        live &&
        setError(`Could not load the actors: ${errorMessage(failure)}. Reopen the source to try again.`),
    )
    return () => {
      live = false
    }
  }, [api, revision])

  return useMemo(
    () => ({ actors, byId: new Map(actors.map((actor) => [actor.id, actor])), types, error }),
    [actors, types, error],
  )
}
