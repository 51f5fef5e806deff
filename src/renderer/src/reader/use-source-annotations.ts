// A source's passages and open mention suggestions, fetched when the reader
// opens it and again whenever the core says they changed for this source.
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { MentionSuggestion, Passage } from '@shared/actors'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage } from '../api/weft-client'

export interface SourceAnnotations {
  /** In text order; undefined until the first answer. */
  passages: Passage[] | undefined
  suggestions: MentionSuggestion[]
  error: string | undefined
  /** Drops a suggestion at once (accepted or rejected), before the core's event comes back. */
  forgetSuggestion(id: number): void
}

export function useSourceAnnotations(sourceId: number): SourceAnnotations {
  const api = useApi()
  // Each answer is kept with the source it is about: switching sources never shows the last one's marks.
  const [passages, setPassages] = useState<Loaded<Passage[]>>()
  const [suggestions, setSuggestions] = useState<Loaded<MentionSuggestion[]>>()
  const [error, setError] = useState<Loaded<string>>()
  const [passageRevision, setPassageRevision] = useState(0)
  const [suggestionRevision, setSuggestionRevision] = useState(0)
  const concerns = (sourceIds: number[]) => sourceIds.includes(sourceId)

  useEvent('passages:changed', ({ sourceIds }) => {
    if (concerns(sourceIds)) setPassageRevision((value) => value + 1)
  })
  useEvent('mentions:changed', ({ sourceIds }) => {
    if (concerns(sourceIds)) setSuggestionRevision((value) => value + 1)
  })
  // A newer version of the file re-anchors passages; another library file changes everything.
  const reloadAll = () => {
    setPassageRevision((value) => value + 1)
    setSuggestionRevision((value) => value + 1)
  }
  useEvent('sources:changed', reloadAll)
  useEvent('library:changed', reloadAll)

  useEffect(() => {
    let live = true
    api.call('passages:forSource', { sourceId }).then(
      (loaded) => {
        if (!live) return
        const sorted = [...loaded].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id)
        setPassages({ sourceId, value: sorted })
        setError(undefined)
      },
      (failure: unknown) =>
        live &&
        setError({ sourceId, value: `Could not load this source’s passages: ${errorMessage(failure)}` }),
    )
    return () => {
      live = false
    }
  }, [api, sourceId, passageRevision])

  useEffect(() => {
    let live = true
    api.call('mentions:forSource', { sourceId }).then(
      (loaded) =>
        live &&
        setSuggestions({ sourceId, value: loaded.filter((suggestion) => suggestion.status === 'open') }),
      (failure: unknown) =>
        live &&
        setError({ sourceId, value: `Could not load this source’s suggestions: ${errorMessage(failure)}` }),
    )
    return () => {
      live = false
    }
  }, [api, sourceId, suggestionRevision])

  const forgetSuggestion = useCallback(
    (id: number) =>
      setSuggestions(
        (current) =>
          current && { ...current, value: current.value.filter((suggestion) => suggestion.id !== id) },
      ),
    [],
  )
  return useMemo(
    () => ({
      passages: passages?.sourceId === sourceId ? passages.value : undefined,
      suggestions: suggestions?.sourceId === sourceId ? suggestions.value : NO_SUGGESTIONS,
      error: error?.sourceId === sourceId ? error.value : undefined,
      forgetSuggestion,
    }),
    [sourceId, passages, suggestions, error, forgetSuggestion],
  )
}

interface Loaded<T> {
  sourceId: number
  value: T
}

const NO_SUGGESTIONS: MentionSuggestion[] = []
