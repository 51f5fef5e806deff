// The open library's info and source list, reloaded when anything changes.
// On opening, the first screenful of rows comes first, so the window paints
// them while the whole list (2 MB of JSON for 10,000 sources) is still on its way.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { AppInfo, SourcePage, SourceSummary } from '@shared/models'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage, type WeftClient } from '../api/weft-client'

/** Rows asked for before the whole list: more than the tallest window shows. */
const FIRST_PAGE_ROWS = 80

interface LibraryLoad {
  info: Promise<AppInfo>
  /** Absent on reloads: the list already on screen stays until the new one arrives. */
  firstPage?: Promise<SourcePage>
  sources: Promise<SourceSummary[]>
}

function loadLibrary(api: WeftClient, withFirstPage: boolean): LibraryLoad {
  const info = api.call('app:info', {})
  if (!withFirstPage) return { info, sources: api.call('sources:list', {}) }
  const firstPage = api.call('sources:firstPage', { limit: FIRST_PAGE_ROWS })
  // Asked for once the first rows are on screen: building and reading the whole list would
  // otherwise take the CPU (and the core's attention) while the window paints them.
  const whole = firstPage.then(afterNextPaint, afterNextPaint).then(() => api.call('sources:list', {}))
  return { info, firstPage, sources: whole }
}

/** Resolves once the next frame has been painted; soon anyway in a hidden window, which paints none. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100)
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback)
        resolve()
      }, 0),
    )
  })
}

let firstLoad: { api: WeftClient; load: LibraryLoad } | undefined

/** Starts the first load before React renders, so the list arrives sooner after the window opens. */
export function prefetchLibrary(api: WeftClient): void {
  firstLoad = { api, load: loadLibrary(api, true) }
}

interface LibraryData {
  info: AppInfo | undefined
  /** The list in its stored order: its first rows only until `complete`. */
  sources: SourceSummary[] | undefined
  /** How many sources the library holds, known before the whole list has arrived. */
  total: number | undefined
  complete: boolean
  error: string | undefined
  reload(): void
}

interface ListState {
  sources: SourceSummary[]
  total: number
  complete: boolean
}

const LibraryContext = createContext<LibraryData | undefined>(undefined)

export function LibraryDataProvider({ children }: { children: ReactNode }) {
  const api = useApi()
  const [info, setInfo] = useState<AppInfo>()
  const [list, setList] = useState<ListState>()
  const [error, setError] = useState<string>()
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((value) => value + 1), [])

  useEffect(() => {
    let live = true
    const prefetched = generation === 0 && firstLoad?.api === api ? firstLoad.load : undefined
    firstLoad = undefined
    const load = prefetched ?? loadLibrary(api, generation === 0)
    const fail = (failure: unknown) => live && setError(errorMessage(failure))
    let wholeListArrived = false
    load.firstPage?.then((page) => {
      if (!live || wholeListArrived) return
      setList({ sources: page.rows, total: page.total, complete: page.rows.length >= page.total })
    }, fail)
    load.info.then((nextInfo) => live && setInfo(nextInfo), fail)
    load.sources.then((nextSources) => {
      wholeListArrived = true
      if (!live) return
      setList({ sources: nextSources, total: nextSources.length, complete: true })
      setError(undefined)
    }, fail)
    return () => {
      live = false
    }
  }, [api, generation])

  useEvent('sources:changed', reload)
  useEvent('library:changed', reload)

  const value = useMemo(
    () => ({
      info,
      sources: list?.sources,
      total: list?.total,
      complete: list?.complete ?? false,
      error,
      reload,
    }),
    [info, list, error, reload],
  )
  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>
}

export function useLibraryData(): LibraryData {
  const value = useContext(LibraryContext)
  if (!value) throw new Error('useLibraryData needs a LibraryDataProvider above it')
  return value
}
