// Notes among the library search's results: the notes whose title or text
// match the query, each with a snippet; activating one opens it in Notes.
import { useEffect, useId, useState } from 'react'
import type { NoteSearchHit } from '@shared/notes'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { formatDate } from '../common/format-date'
import { HighlightedSnippet } from '../search/HighlightedSnippet'
import { useNavigation } from '../shell/navigation'
import './notes-view.css'

const NOTE_HITS = 5
const DEBOUNCE_MS = 140

export function NoteSearchHits({ query }: { query: string }) {
  const api = useApi()
  const { openNote } = useNavigation()
  const headingId = useId()
  const [hits, setHits] = useState<NoteSearchHit[]>([])
  const [error, setError] = useState<string>()
  const trimmed = query.trim()

  useEffect(() => {
    let live = true
    const timer = setTimeout(() => {
      if (!trimmed) return setHits([])
      api.call('notes:search', { query: trimmed, limit: NOTE_HITS }).then(
        (found) => {
          if (!live) return
          setHits(found)
          setError(undefined)
        },
        (failure: unknown) => live && setError(errorMessage(failure)),
      )
    }, DEBOUNCE_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [api, trimmed])

  if (error) {
    return (
      <div className="search-error" role="alert">
        Searching the notes failed: {error}
      </div>
    )
  }
  if (hits.length === 0) return null
  return (
    <section className="note-search-hits" aria-labelledby={headingId}>
      <h2 id={headingId} className="note-search-heading">
        {hits.length === NOTE_HITS
          ? `The best ${hits.length} notes`
          : `${hits.length} ${hits.length === 1 ? 'note' : 'notes'}`}{' '}
        match
      </h2>
      <ul className="search-hit-list" aria-label="Notes matching the search">
        {hits.map((hit) => (
          <li key={hit.noteId}>
            <button type="button" className="search-hit" onClick={() => openNote(hit.noteId)}>
              <span className="search-hit-title" dir="auto">
                {hit.title}
              </span>
              <span className="search-hit-origin">Note · changed {formatDate(hit.updatedAt)}</span>
              <span className="search-hit-snippet" dir="auto">
                <HighlightedSnippet text={hit.snippet} highlights={hit.highlights} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
