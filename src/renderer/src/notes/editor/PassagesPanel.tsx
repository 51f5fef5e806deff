// The passages panel beside the editor: the library's marked passages, found
// by their words or their source's title, to drag into the note or insert at
// the caret (the keyboard's way to quote).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useEffect, useId, useState } from 'react'
import { PASSAGE_DRAG_TYPE, type PassageDragPayload } from '@shared/drag-types'
import { readableQuote, type QuotablePassage } from '@shared/notes'
import { useApi, useEvent } from '../../api/api-context'
import { errorMessage } from '../../api/weft-client'
import { formatPartialDate } from '../../reader/partial-date'
import { $insertPassageQuote } from './insert-quote'
import { useQuoteStates } from './quote-states'

const PANEL_LIMIT = 60

export function PassagesPanel({ onClose }: { onClose(): void }) {
  const [editor] = useLexicalComposerContext()
  const api = useApi()
  const quotes = useQuoteStates()
  const searchId = useId()
  const [query, setQuery] = useState('')
  const [passages, setPassages] = useState<QuotablePassage[]>()
  const [error, setError] = useState<string>()
  const [generation, setGeneration] = useState(0)
  useEvent('passages:changed', () => setGeneration((value) => value + 1))

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      api.call('notes:findPassages', { query, limit: PANEL_LIMIT }).then(
        (found) => {
          if (!current) return
          setPassages(found)
          setError(undefined)
        },
        (failure: unknown) => current && setError(`Could not look for passages: ${errorMessage(failure)}`),
      )
    }, 150)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [api, query, generation])

  const insert = (passage: QuotablePassage) => {
    quotes.remember(passage)
    editor.update(() => $insertPassageQuote(passage))
    editor.focus()
  }

  return (
    <aside className="note-passages" aria-labelledby={`${searchId}-title`}>
      <header className="note-passages-header">
        <h2 id={`${searchId}-title`}>Passages</h2>
        <button type="button" className="button button-quiet note-passages-close" onClick={onClose}>
          Hide
        </button>
      </header>
      <label className="visually-hidden" htmlFor={searchId}>
        Find passages
      </label>
      <input
        id={searchId}
        type="search"
        className="weft-input note-passages-search"
        placeholder="Find passages…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="note-passages-hint">Drag a passage into the note, or insert it where the caret is.</p>
      {error && (
        <p className="weft-form-error" role="alert">
          {error}
        </p>
      )}
      {passages && passages.length === 0 && (
        <p className="note-passages-empty">
          {query
            ? `No passage matches “${query}”.`
            : 'No passages yet. Select text in the reader and highlight it.'}
        </p>
      )}
      <ul className="note-passages-list" aria-label="Passages to quote">
        {passages?.map((passage) => (
          <li
            key={passage.passageId}
            className="note-passage"
            draggable
            onDragStart={(event) => {
              const payload: PassageDragPayload = { passageId: passage.passageId }
              event.dataTransfer.setData(PASSAGE_DRAG_TYPE, JSON.stringify(payload))
              event.dataTransfer.setData('text/plain', passage.exact)
              event.dataTransfer.effectAllowed = 'copy'
            }}
          >
            <p className="note-passage-text" dir="auto">
              {readableQuote(passage.exact)}
            </p>
            <p className="note-passage-source" dir="auto">
              {passage.citation.title}
              {passage.citation.publishedDate && ` · ${formatPartialDate(passage.citation.publishedDate)}`}
            </p>
            <button
              type="button"
              className="button note-passage-insert"
              aria-label={`Insert the passage “${passage.exact.slice(0, 60)}” into the note`}
              onClick={() => insert(passage)}
            >
              Insert
            </button>
          </li>
        ))}
      </ul>
    </aside>
  )
}
