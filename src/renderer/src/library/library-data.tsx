// The open library's info and source list, reloaded when anything changes.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { AppInfo, SourceSummary } from '@shared/models'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage, type WeftClient } from '../api/weft-client'

type LibraryLoad = Promise<[AppInfo, SourceSummary[]]>

const loadLibrary = (api: WeftClient): LibraryLoad =>
  Promise.all([api.call('app:info', {}), api.call('sources:list', {})])

let firstLoad: { api: WeftClient; load: LibraryLoad } | undefined

/** Starts the first load before React renders, so the list arrives sooner after the window opens. */
export function prefetchLibrary(api: WeftClient): void {
  firstLoad = { api, load: loadLibrary(api) }
}

interface LibraryData {
  info: AppInfo | undefined
  sources: SourceSummary[] | undefined
  error: string | undefined
  reload(): void
}

const LibraryContext = createContext<LibraryData | undefined>(undefined)

export function LibraryDataProvider({ children }: { children: ReactNode }) {
  const api = useApi()
  const [info, setInfo] = useState<AppInfo>()
  const [sources, setSources] = useState<SourceSummary[]>()
  const [error, setError] = useState<string>()
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((value) => value + 1), [])

  useEffect(() => {
    let live = true
    const prefetched = generation === 0 && firstLoad?.api === api ? firstLoad.load : undefined
    firstLoad = undefined
    ;(prefetched ?? loadLibrary(api)).then(
      ([nextInfo, nextSources]) => {
        if (!live) return
        setInfo(nextInfo)
        setSources(nextSources)
        setError(undefined)
      },
      (failure: unknown) => live && setError(errorMessage(failure)),
    )
    return () => {
      live = false
    }
  }, [api, generation])

  useEvent('sources:changed', reload)
  useEvent('library:changed', reload)

  const value = useMemo(() => ({ info, sources, error, reload }), [info, sources, error, reload])
  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>
}

export function useLibraryData(): LibraryData {
  const value = useContext(LibraryContext)
  if (!value) throw new Error('useLibraryData needs a LibraryDataProvider above it')
  return value
}
