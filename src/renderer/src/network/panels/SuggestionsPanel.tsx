// Tie suggestions: sentences that name two known actors with a cue, each
// offered as a tie to accept as it is, edit first, or reject.
import { useCallback, useEffect, useState } from 'react'
import type { TieSuggestion } from '@shared/network/ties'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../api/weft-client'
import { formatPartialDate } from '../format'
import { SidePanel } from './SidePanel'

interface SuggestionsPanelProps {
  /** A new value when the network changed, so the suggestions are read again. */
  version: unknown
  onEdit(suggestion: TieSuggestion): void
  onAccepted(): void
  onCount(count: number): void
  onClose(): void
}

/** The sentence with its cue marked. */
function Sentence({ suggestion }: { suggestion: TieSuggestion }) {
  const at = suggestion.sentence.toLowerCase().indexOf(suggestion.cue.toLowerCase())
  if (at < 0) return <q dir="auto">{suggestion.sentence}</q>
  return (
    <q dir="auto">
      {suggestion.sentence.slice(0, at)}
      <mark>{suggestion.sentence.slice(at, at + suggestion.cue.length)}</mark>
      {suggestion.sentence.slice(at + suggestion.cue.length)}
    </q>
  )
}

export function SuggestionsPanel({ version, onEdit, onAccepted, onCount, onClose }: SuggestionsPanelProps) {
  const api = useApi()
  const [suggestions, setSuggestions] = useState<TieSuggestion[]>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState<number>()

  const load = useCallback(() => {
    let live = true
    api.call('ties:suggestions', { status: 'open' }).then(
      (found) => {
        if (!live) return
        setSuggestions(found)
        onCount(found.length)
      },
      (failure: unknown) => live && setError(`Could not look for tie suggestions: ${errorMessage(failure)}`),
    )
    return () => {
      live = false
    }
  }, [api, onCount])
  useEffect(load, [load, version])

  const act = async (suggestion: TieSuggestion, accept: boolean) => {
    setBusy(suggestion.id)
    setError(undefined)
    try {
      if (accept) await api.call('ties:acceptSuggestion', { id: suggestion.id, edits: {} })
      else await api.call('ties:rejectSuggestion', { id: suggestion.id })
      setSuggestions((current) => {
        const left = current?.filter((other) => other.id !== suggestion.id)
        onCount(left?.length ?? 0)
        return left
      })
      if (accept) onAccepted()
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <SidePanel title="Tie suggestions" onClose={onClose}>
      <p className="network-side-lead">
        Sentences that name two known actors with words such as “in coordination with” or “joint operation”.
      </p>
      {error && (
        <p className="weft-form-error" role="alert">
          {error}
        </p>
      )}
      {suggestions?.length === 0 && (
        <p className="tie-card-empty">No suggestions now. New sources and new actor names bring more.</p>
      )}
      <ul className="suggestion-list">
        {suggestions?.map((suggestion) => (
          <li
            key={suggestion.id}
            className="suggestion-card"
            aria-label={`Suggested tie: ${suggestion.fromName} ${suggestion.type} ${suggestion.toName}`}
          >
            <p className="suggestion-tie" dir="auto">
              <strong>{suggestion.fromName}</strong> {suggestion.directed ? '→' : '–'}{' '}
              <strong>{suggestion.toName}</strong>
              <span className="suggestion-type">{suggestion.type}</span>
            </p>
            <blockquote>
              <Sentence suggestion={suggestion} />
            </blockquote>
            <p className="tie-card-source">
              <cite dir="auto">{suggestion.sourceTitle}</cite>
              {suggestion.sourceDate && <span>{formatPartialDate(suggestion.sourceDate)}</span>}
            </p>
            <div className="suggestion-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={busy === suggestion.id}
                onClick={() => void act(suggestion, true)}
              >
                Accept
              </button>
              <button
                type="button"
                className="button"
                disabled={busy === suggestion.id}
                onClick={() => onEdit(suggestion)}
              >
                Edit…
              </button>
              <button
                type="button"
                className="button button-quiet"
                disabled={busy === suggestion.id}
                onClick={() => void act(suggestion, false)}
              >
                Reject
              </button>
            </div>
          </li>
        ))}
      </ul>
    </SidePanel>
  )
}
