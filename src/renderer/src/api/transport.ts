// How the api client reaches the core: the Electron bridge or loopback HTTP.
import type { EventName } from '@shared/contract'
import type { Result } from '@shared/result'

export interface Transport {
  call(name: string, input: unknown): Promise<Result<unknown>>
  on(name: EventName, listener: (payload: unknown) => void): () => void
}

/** What the preload puts on window: exactly these two functions. */
export interface ElectronBridge {
  call(name: string, input: unknown): Promise<Result<unknown>>
  on(name: string, listener: (payload: unknown) => void): () => void
}

export function electronBridge(): ElectronBridge | undefined {
  return (window as unknown as { weft?: ElectronBridge }).weft
}

export function electronTransport(bridge: ElectronBridge): Transport {
  return {
    call: (name, input) => bridge.call(name, input),
    on: (name, listener) => bridge.on(name, listener),
  }
}
