// What the library holds now for each passage quoted in the open note, so a
// quote can say when its passage changed or was deleted since it was quoted.
// One store per editor; each quote subscribes to its own passage only.
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import type { QuotablePassage } from '@shared/notes'
import { useApi, useEvent } from '../../api/api-context'

/** undefined: not known yet; null: deleted (or its source was). */
export type LivePassage = QuotablePassage | null | undefined

export class QuoteStateStore {
  private readonly passages = new Map<number, QuotablePassage | null>()
  private readonly listeners = new Set<() => void>()
  private readonly wanted = new Set<number>()

  constructor(private readonly fetch: (ids: number[]) => Promise<QuotablePassage[]>) {}

  get(passageId: number): LivePassage {
    return this.passages.get(passageId)
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Looks up the passages not known yet (or all of `ids` again when `refresh`). */
  async load(ids: readonly number[], refresh = false): Promise<void> {
    const wanted = [...new Set(ids)].filter((id) => refresh || !this.passages.has(id))
    if (wanted.length === 0) return
    const found = await this.fetch(wanted)
    const byId = new Map(found.map((passage) => [passage.passageId, passage]))
    for (const id of wanted) this.passages.set(id, byId.get(id) ?? null)
    for (const listener of this.listeners) listener()
  }

  /** Asks for a passage soon; the quotes of one note that mount together are looked up in one call. */
  want(passageId: number): void {
    if (this.passages.has(passageId) || this.wanted.has(passageId)) return
    this.wanted.add(passageId)
    if (this.wanted.size > 1) return
    queueMicrotask(() => {
      const ids = [...this.wanted]
      this.wanted.clear()
      // Unknown stays unknown on failure: the quote shows as quoted, without a claim either way.
      this.load(ids).catch((error: unknown) => console.warn('[weft] could not check quoted passages', error))
    })
  }

  /** A passage just quoted: known without asking. */
  remember(passage: QuotablePassage): void {
    this.passages.set(passage.passageId, passage)
  }

  knownIds(): number[] {
    return [...this.passages.keys()]
  }
}

const QuoteStatesContext = createContext<QuoteStateStore | undefined>(undefined)

export function QuoteStatesProvider({ children }: { children: ReactNode }) {
  const api = useApi()
  const store = useMemo(() => new QuoteStateStore((ids) => api.call('notes:passages', { ids })), [api])
  // Passages edited or deleted elsewhere (the reader, an actor's page) while the note is open.
  useEvent('passages:changed', () => void store.load(store.knownIds(), true))
  return <QuoteStatesContext.Provider value={store}>{children}</QuoteStatesContext.Provider>
}

export function useQuoteStates(): QuoteStateStore {
  const store = useContext(QuoteStatesContext)
  if (!store) throw new Error('useQuoteStates needs a QuoteStatesProvider above it')
  return store
}

export function useLivePassage(passageId: number): LivePassage {
  const store = useQuoteStates()
  const subscribe = store.subscribe
  const live = useSyncExternalStore(subscribe, () => store.get(passageId))
  useEffect(() => store.want(passageId), [store, passageId])
  return live
}
