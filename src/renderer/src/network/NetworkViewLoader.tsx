// Loads the Network view's code the first time it is shown, asking for the
// network at the same moment so the two downloads overlap.
import { useState } from 'react'
import type { NetworkData } from '@shared/network/network-data'
import { useApi } from '../api/api-context'
import { lazyView } from '../shell/lazy-views'

const LazyNetworkView = lazyView<{ prefetched: Promise<NetworkData> }>('Network', () =>
  import('./NetworkView').then((module) => module.NetworkView),
)

export function NetworkViewLoader() {
  const api = useApi()
  const [prefetched] = useState(() => {
    const call = api.call('network:data', {})
    // The view reports a failure when it reads the answer; until then it is not unhandled.
    call.catch(() => undefined)
    return call
  })
  return <LazyNetworkView prefetched={prefetched} />
}
