// The whole network (actors, ties, both vocabularies), loaded once and again
// whenever actors, passages, sources or the library change. The first load
// may have been asked for already (while the view's code loaded).
import { useCallback, useEffect, useState } from 'react'
import type { NetworkData } from '@shared/network/network-data'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage } from '../api/weft-client'

export interface NetworkDataState {
  data: NetworkData | undefined
  error: string | undefined
  reload(): void
}

export function useNetworkData(prefetched?: Promise<NetworkData>): NetworkDataState {
  const api = useApi()
  const [data, setData] = useState<NetworkData>()
  const [error, setError] = useState<string>()
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((value) => value + 1), [])

  useEffect(() => {
    let live = true
    const call = generation === 0 && prefetched ? prefetched : api.call('network:data', {})
    call.then(
      (next) => {
        if (!live) return
        setData(next)
        setError(undefined)
      },
      (failure: unknown) => live && setError(`Could not load the network: ${errorMessage(failure)}`),
    )
    return () => {
      live = false
    }
    // The prefetched answer serves the first load only; it is read once, when the view appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, generation])

  useEvent('actors:changed', reload)
  useEvent('passages:changed', reload)
  useEvent('sources:changed', reload)
  useEvent('library:changed', reload)
  return { data, error, reload }
}
