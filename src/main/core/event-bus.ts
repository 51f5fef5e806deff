// Typed events from the core to whichever shell is listening (IPC, SSE, CLI).
import type { EventName, EventPayloads } from '@shared/contract'

export type EventListener = <N extends EventName>(name: N, payload: EventPayloads[N]) => void

export class EventBus {
  private readonly listeners = new Set<EventListener>()

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit<N extends EventName>(name: N, payload: EventPayloads[N]): void {
    for (const listener of this.listeners) listener(name, payload)
  }
}
