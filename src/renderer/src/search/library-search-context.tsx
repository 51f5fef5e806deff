// The library search's state, shared by the box in the header and the results
// in the list pane: the query as typed, and the results of the latest search,
// fetched as the researcher types (debounced) and again when sources change.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react'
import type { SearchResults } from '@shared/models'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage } from '../api/weft-client'

/** How long typing must pause before a search runs. */
const DEBOUNCE_MS = 140
export const FIRST_PAGE = 50
export const MAX_HITS = 200

interface LibrarySearch {
  query: string
  setQuery(query: string): void
  /** Whether a query is typed, so results replace the sources table. */
  active: boolean
  /** The results for the query as it was when they came back. */
  results: SearchResults | undefined
  /** A search for the current query is under way (or waiting for typing to pause). */
  pending: boolean
  error: string | undefined
  limit: number
  showMore(): void
  clear(): void
  inputRef: RefObject<HTMLInputElement | null>
}

const LibrarySearchContext = createContext<LibrarySearch | undefined>(undefined)

export function LibrarySearchProvider({ children }: { children: ReactNode }) {
  const api = useApi()
  const inputRef = useRef<HTMLInputElement>(null)
  const [query, setQueryState] = useState('')
  const [limit, setLimit] = useState(FIRST_PAGE)
  const [results, setResults] = useState<SearchResults>()
  const [error, setError] = useState<string>()
  const [generation, setGeneration] = useState(0)
  const [settled, setSettled] = useState<{ query: string; limit: number; generation: number }>()
  const trimmed = query.trim()

  const setQuery = useCallback((next: string) => {
    setQueryState(next)
    setLimit(FIRST_PAGE)
  }, [])
  const clear = useCallback(() => setQuery(''), [setQuery])
  const showMore = useCallback(() => setLimit(MAX_HITS), [])

  useEffect(() => {
    if (!trimmed) return
    let live = true
    const timer = setTimeout(() => {
      api.call('search:query', { query: trimmed, limit }).then(
        (next) => {
          if (!live) return
          setResults(next)
          setError(undefined)
          setSettled({ query: trimmed, limit, generation })
        },
        (failure: unknown) => {
          if (!live) return
          setError(errorMessage(failure))
          setSettled({ query: trimmed, limit, generation })
        },
      )
    }, DEBOUNCE_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [api, trimmed, limit, generation])

  // Imports, edits and deletes change what matches: search again.
  const refresh = useCallback(() => setGeneration((value) => value + 1), [])
  useEvent('sources:changed', refresh)
  useEvent('library:changed', clear)

  const pending =
    trimmed !== '' &&
    (settled?.query !== trimmed || settled.limit !== limit || settled.generation !== generation)
  const value = useMemo(
    () => ({
      query,
      setQuery,
      active: trimmed !== '',
      results: trimmed ? results : undefined,
      pending,
      error: trimmed ? error : undefined,
      limit,
      showMore,
      clear,
      inputRef,
    }),
    [query, setQuery, trimmed, results, pending, error, limit, showMore, clear],
  )
  return <LibrarySearchContext.Provider value={value}>{children}</LibrarySearchContext.Provider>
}

export function useLibrarySearch(): LibrarySearch {
  const value = useContext(LibrarySearchContext)
  if (!value) throw new Error('useLibrarySearch needs a LibrarySearchProvider above it')
  return value
}
