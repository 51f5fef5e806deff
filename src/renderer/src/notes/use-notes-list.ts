// The notes list: filtered by the search box (the same query language as the
// library's search), sorted by last change or title, refreshed on demand.
import { useCallback, useEffect, useState } from 'react'
import type { NoteSort, NoteSummary } from '@shared/notes'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage } from '../api/weft-client'

export interface NotesList {
  notes: NoteSummary[] | undefined
  error: string | undefined
  query: string
  setQuery(query: string): void
  sort: NoteSort
  setSort(sort: NoteSort): void
  refresh(): Promise<void>
}

export function useNotesList(): NotesList {
  const api = useApi()
  const [notes, setNotes] = useState<NoteSummary[]>()
  const [error, setError] = useState<string>()
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<NoteSort>('updated')

  const refresh = useCallback(async () => {
    try {
      setNotes(await api.call('notes:list', { query, sort }))
      setError(undefined)
    } catch (failure) {
      setError(`Could not list the notes: ${errorMessage(failure)}`)
    }
  }, [api, query, sort])

  useEffect(() => {
    // Typing in the search box asks once the typing pauses.
    const timer = setTimeout(() => void refresh(), query ? 150 : 0)
    return () => clearTimeout(timer)
  }, [refresh, query])
  useEvent('library:changed', () => void refresh())

  return { notes, error, query, setQuery, sort, setSort, refresh }
}
