// The library's tags and collections, for filters, suggestions and pickers;
// reloaded whenever sources change and after our own collection edits.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Collection, TagCount } from '@shared/models'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage } from '../api/weft-client'

interface LibraryFacets {
  tags: TagCount[]
  collections: Collection[]
  /** Set when tags or collections could not be read; says what happened. */
  error: string | undefined
  reload(): void
}

const FacetsContext = createContext<LibraryFacets | undefined>(undefined)

export function LibraryFacetsProvider({ children }: { children: ReactNode }) {
  const api = useApi()
  const [tags, setTags] = useState<TagCount[]>([])
  const [collections, setCollections] = useState<Collection[]>([])
  const [error, setError] = useState<string>()
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((value) => value + 1), [])

  useEffect(() => {
    let live = true
    Promise.all([api.call('tags:list', {}), api.call('collections:list', {})]).then(
      ([nextTags, nextCollections]) => {
        if (!live) return
        setTags(nextTags)
        setCollections(nextCollections)
        setError(undefined)
      },
      (failure: unknown) => live && setError(`Could not read tags and collections: ${errorMessage(failure)}`),
    )
    return () => {
      live = false
    }
  }, [api, generation])

  useEvent('sources:changed', reload)
  useEvent('library:changed', reload)

  const value = useMemo(() => ({ tags, collections, error, reload }), [tags, collections, error, reload])
  return <FacetsContext.Provider value={value}>{children}</FacetsContext.Provider>
}

export function useLibraryFacets(): LibraryFacets {
  const value = useContext(FacetsContext)
  if (!value) throw new Error('useLibraryFacets needs a LibraryFacetsProvider above it')
  return value
}
