// The review queue: places where the actor's name or an alias occurs, to
// accept or reject (a rejection goes on the app's undo stack).
import type { MentionSuggestion } from '@shared/actors'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { useLibraryData } from '../library/library-data'
import { useToasts } from '../shell/toasts'
import { useUndo } from '../shell/undo/UndoProvider'

interface SuggestionQueueProps {
  actorId: number
  suggestions: MentionSuggestion[]
  onOpen(sourceId: number, start: number, end: number): void
}

export function SuggestionQueue({ actorId, suggestions, onOpen }: SuggestionQueueProps) {
  const api = useApi()
  const toasts = useToasts()
  const undo = useUndo()
  const { sources } = useLibraryData()
  const titleOf = (sourceId: number) =>
    sources?.find((source) => source.id === sourceId)?.title ?? `Source ${sourceId}`
  const run = (work: () => Promise<unknown>) =>
    work().catch((failure: unknown) => toasts.show({ kind: 'error', title: errorMessage(failure) }))
  const reject = (suggestion: MentionSuggestion) =>
    run(async () => {
      const { rejected } = await api.call('mentions:reject', { id: suggestion.id })
      if (!rejected) return
      undo.push({
        label: `rejecting “${suggestion.exact}”`,
        undo: async () => {
          await api.call('mentions:unreject', { id: suggestion.id })
        },
      })
    })
  const bySource = new Map<number, MentionSuggestion[]>()
  for (const suggestion of suggestions)
    bySource.set(suggestion.sourceId, [...(bySource.get(suggestion.sourceId) ?? []), suggestion])

  return (
    <section className="actor-section" aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading">
        Suggested mentions <span className="actor-count">{suggestions.length}</span>
      </h3>
      {suggestions.length === 0 && (
        <p className="actor-muted">
          Nothing to review: every place a name or alias occurs has been accepted or rejected.
        </p>
      )}
      {[...bySource.entries()].map(([sourceId, items]) => (
        <div key={sourceId} className="suggestion-group">
          <div className="suggestion-group-head">
            <span className="suggestion-source" dir="auto">
              {titleOf(sourceId)}
            </span>
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                void run(() => api.call('mentions:acceptAllInSource', { sourceId, entityId: actorId }))
              }
            >
              Accept all {items.length}
              <span className="visually-hidden"> in {titleOf(sourceId)}</span>
            </button>
          </div>
          <ul className="suggestion-list">
            {items.map((suggestion) => (
              <li key={suggestion.id} className="suggestion-item">
                <button
                  type="button"
                  className="suggestion-exact"
                  onClick={() => onOpen(sourceId, suggestion.start, suggestion.end)}
                  dir="auto"
                >
                  “{suggestion.exact}”
                </button>
                <span className="suggestion-why">
                  matched alias “{suggestion.alias}”: {suggestion.reasons.join(', ')}
                </span>
                <span className="suggestion-actions">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => void run(() => api.call('mentions:accept', { id: suggestion.id }))}
                  >
                    Accept<span className="visually-hidden"> “{suggestion.exact}”</span>
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => void reject(suggestion)}
                  >
                    Reject<span className="visually-hidden"> “{suggestion.exact}”</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
