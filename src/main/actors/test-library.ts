// For the actor services' unit tests: a real library file in a temp folder,
// sources added the way an import adds them, the services over it, and a
// record of every event they emit.
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { EventName, EventPayloads } from '@shared/contract'
import { EventBus } from '../core/event-bus'
import { Library } from '../db/library'
import { ActorServices } from './actor-services'

export interface SourceFields {
  title?: string
  publisher?: string | null
  publishedDate?: string | null
}

export interface TestLibrary {
  library: Library
  events: EventBus
  services: ActorServices
  emitted: { name: EventName; payload: unknown }[]
  /** Adds a source and announces it, as an import does. */
  addSource(text: string, fields?: SourceFields): number
  /** The events of one name emitted so far. */
  eventsNamed<N extends EventName>(name: N): EventPayloads[N][]
  /** Waits until no background scan is under way. */
  settled(): Promise<void>
  close(): void
}

export interface TestLibraryOptions {
  /** Scan in the background as the app does (default true). */
  background?: boolean
  /** Scan in this many worker threads (default: inline, which is faster to start in tests). */
  workers?: number
}

export async function openTestLibrary(dir: string, options: TestLibraryOptions = {}): Promise<TestLibrary> {
  const library = await Library.open(join(dir, `test-${Math.random().toString(36).slice(2)}.weft`), {
    create: true,
  })
  const events = new EventBus()
  const emitted: TestLibrary['emitted'] = []
  events.subscribe((name, payload) => emitted.push({ name, payload }))
  const services = new ActorServices(library, events, {
    background: options.background ?? true,
    executor: options.workers ? { threads: options.workers } : { workerScript: null },
  })
  let counter = 0
  return {
    library,
    events,
    services,
    emitted,
    addSource(text, fields = {}) {
      counter += 1
      const id = library.sources.insert({
        title: fields.title ?? `Source ${counter}`,
        kind: 'article',
        fileName: `source-${counter}.txt`,
        mediaType: 'text/plain',
        // As an import hashes the original bytes (here, the text's).
        contentHash: createHash('sha256').update(text).digest('hex'),
        text,
        blocks: [],
        original: new TextEncoder().encode(text),
        publisher: fields.publisher ?? null,
        publishedDate: fields.publishedDate ?? null,
      })
      events.emit('sources:changed', { count: 1 })
      return id
    },
    eventsNamed(name) {
      return emitted
        .filter((event) => event.name === name)
        .map((event) => event.payload as EventPayloads[typeof name])
    },
    settled: () => services.scans.idle(),
    close() {
      services.dispose()
      library.close()
    },
  }
}
