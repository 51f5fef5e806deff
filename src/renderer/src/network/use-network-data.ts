// The whole network (actors, ties, both vocabularies), loaded once and again
// whenever actors, passages, sources or the library change.
import { useCallback, useEffect, useState } from 'react'
import type { NetworkData } from '@shared/network/network-data'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage } from '../api/weft-client'

export interface NetworkDataState {
  data: NetworkData | undefined
  error: string | undefined
  reload(): void
}

export function useNetworkData(): NetworkDataState {
  const api = useApi()
  const [data, setData] = useState<NetworkData>()
  const [error, setError] = useState<string>()
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((value) => value + 1), [])

  useEffect(() => {
    let live = true
    api.call('network:data', {}).then(
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
  }, [api, generation])

  useEvent('actors:changed', reload)
  useEvent('passages:changed', reload)
  useEvent('sources:changed', reload)
  useEvent('library:changed', reload)
  return { data, error, reload }
}
