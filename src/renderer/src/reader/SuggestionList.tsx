// The source's open mention suggestions in the side panel: each with its
// actor and why it matched, Accept and Reject; and Accept all in this source.
import { useState } from 'react'
import type { MentionSuggestion } from '@shared/actors'
import { matchExplanation } from './describe-suggestion'
import { useReaderPassages } from './reader-passages'

export function SuggestionList() {
  const { suggestions, actions, actors, revealRange, forgetSuggestion } = useReaderPassages()
  const [busy, setBusy] = useState(false)

  const settle = async (suggestion: MentionSuggestion, accept: boolean) => {
    const done = accept
      ? (await actions.accept(suggestion.id)) !== undefined
      : await actions.reject(suggestion)
    if (done) forgetSuggestion(suggestion.id)
  }
  const acceptAll = async () => {
    setBusy(true)
    try {
      await actions.acceptAll()
    } finally {
      setBusy(false)
    }
  }

  if (suggestions.length === 0) {
    return (
      <p className="reader-panel-empty">
        No suggestions to review. Weft suggests every place an actor’s name or alias appears; add aliases to
        an actor to find more.
      </p>
    )
  }
  return (
    <div className="reader-panel-scroll">
      <div className="reader-suggestions-bar">
        <p className="reader-suggestions-summary">
          Dotted underlines in the text. Accepting one makes it a passage linked to the actor.
        </p>
        <button type="button" className="button" disabled={busy} onClick={() => void acceptAll()}>
          Accept all in this source
        </button>
      </div>
      <ol className="reader-suggestion-list" aria-label="Suggestions">
        {suggestions.map((suggestion) => {
          const actor = actors.byId.get(suggestion.entityId)
          const name = actor?.name ?? `actor #${suggestion.entityId}`
          return (
            <li key={suggestion.id} className="reader-suggestion">
              <button
                type="button"
                className="reader-suggestion-quote"
                title="Show in the text"
                onClick={() => revealRange(suggestion)}
              >
                <span className="reader-suggestion-exact" dir="auto">
                  “{suggestion.exact}”
                </span>
                <span className="reader-suggestion-actor" dir="auto">
                  {name}
                </span>
              </button>
              <p className="reader-suggestion-why" dir="auto">
                {matchExplanation(suggestion)}
              </p>
              <div className="reader-suggestion-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Accept “${suggestion.exact}” as ${name}`}
                  onClick={() => void settle(suggestion, true)}
                >
                  Accept
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Reject “${suggestion.exact}” as ${name}`}
                  onClick={() => void settle(suggestion, false)}
                >
                  Reject
                </button>
              </div>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
