// React access to the api client: useApi() for calls, useEvent() for events.
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react'
import type { EventName, EventPayloads } from '@shared/contract'
import type { WeftClient } from './weft-client'

const ApiContext = createContext<WeftClient | undefined>(undefined)

export function ApiProvider({ client, children }: { client: WeftClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>
}

export function useApi(): WeftClient {
  const client = useContext(ApiContext)
  if (!client) throw new Error('useApi needs an ApiProvider above it')
  return client
}

/** Subscribes for the component's lifetime; the latest handler is always called. */
export function useEvent<N extends EventName>(name: N, handler: (payload: EventPayloads[N]) => void): void {
  const client = useApi()
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => client.on(name, (payload) => latest.current(payload)), [client, name])
}
