// The source the reader shows, fetched when it is opened and again whenever
// sources change (an edited title shows at once). A refresh that fails, as
// when the source was just deleted, keeps what is on screen.
import { useEffect, useState } from 'react'
import type { Source } from '@shared/models'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage } from '../api/weft-client'

interface Loaded {
  id: number
  source?: Source
  error?: string
}

export function useSource(sourceId: number): { source?: Source; error?: string } {
  const api = useApi()
  const [loaded, setLoaded] = useState<Loaded>()
  const [revision, setRevision] = useState(0)
  useEvent('sources:changed', () => setRevision((value) => value + 1))

  useEffect(() => {
    // Only the latest request may land: an answer for a source no longer open is dropped.
    let live = true
    api.call('sources:get', { id: sourceId }).then(
      (source) => live && setLoaded({ id: sourceId, source }),
      (failure: unknown) =>
        live &&
        setLoaded((previous) =>
          previous?.id === sourceId && previous.source
            ? previous
            : { id: sourceId, error: errorMessage(failure) },
        ),
    )
    return () => {
      live = false
    }
  }, [api, sourceId, revision])

  return loaded?.id === sourceId ? loaded : {}
}
