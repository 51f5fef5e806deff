// The card beside a mark in the text: a passage's actors, comment and review
// state (with a handle to drag it into a note, or to press to copy it as a
// quote to paste there), or a suggestion's actor, the alias that matched and
// why, with Accept and Reject. Shown on hover, and kept open (with focus
// inside) when reached by keyboard or a click.
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react'
import type { MentionSuggestion, Passage } from '@shared/actors'
import type { TextRange } from '@shared/models'
import { ActorChip } from './ActorChip'
import { matchExplanation } from './describe-suggestion'
import { placeBeside } from './floating-position'
import type { MarkRef } from './mark-index'
import { passageColor } from './passage-colors'
import { startPassageDrag, useCopyPassageAsQuote } from './passage-drag'
import { shortQuote } from './quote'
import { useReaderPassages } from './reader-passages'
import { DragIcon } from './reader-icons'
import type { TextPositions } from './text-positions'
import './mark-card.css'

export interface MarkCardState {
  /** The marks the card tells about, looked up afresh on each render so edits show at once. */
  refs: MarkRef[]
  /** The span the card sits beside. */
  anchor: TextRange
  /** Kept open until dismissed (a click or the keyboard), rather than following the pointer. */
  pinned: boolean
  /** Move focus into the card when it opens. */
  takeFocus: boolean
  /** "Passage 3 of 12" when reached by moving between marks. */
  position?: string
}

interface MarkCardProps {
  card: MarkCardState
  positions: () => TextPositions | undefined
  onClose(returnFocus: boolean): void
  onHoverChange(inside: boolean): void
  onSelectPassage(passage: Passage): void
  onAccept(suggestion: MentionSuggestion): void
  onReject(suggestion: MentionSuggestion): void
}

export function MarkCard({ card, positions, onClose, onHoverChange, ...handlers }: MarkCardProps) {
  const element = useRef<HTMLDivElement>(null)
  const { index } = useReaderPassages()
  const { refs, anchor, pinned, takeFocus, position } = card
  const passages = refs.flatMap((ref) => (ref.kind === 'passage' ? (index.passage(ref.id) ?? []) : []))
  const suggestions = refs.flatMap((ref) =>
    ref.kind === 'suggestion' ? (index.suggestion(ref.id) ?? []) : [],
  )

  useLayoutEffect(() => {
    const target = positions()?.toDomRange(anchor)
    if (element.current && target) placeBeside(element.current, target, 'above')
  }, [positions, anchor, index])

  useEffect(() => {
    // The card's first action, not the drag handle before it (which Tab reaches next to it).
    if (takeFocus)
      element.current?.querySelector<HTMLElement>('button:not(.mark-card-drag), [tabindex="0"]')?.focus()
  }, [takeFocus, anchor])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose(true)
    }
  }
  const kind = suggestions.length > 0 && passages.length === 0 ? 'Mention suggestion' : 'Passage'
  const label = position ?? kind

  if (passages.length + suggestions.length === 0) return null
  return (
    <div
      ref={element}
      className="mark-card"
      role="dialog"
      aria-label={label}
      data-pinned={pinned}
      onKeyDown={onKeyDown}
      onPointerEnter={() => onHoverChange(true)}
      onPointerLeave={() => onHoverChange(false)}
    >
      {suggestions.map((suggestion) => (
        <SuggestionSection key={`s-${suggestion.id}`} suggestion={suggestion} {...handlers} />
      ))}
      {passages.map((passage) => (
        <PassageSection key={`p-${passage.id}`} passage={passage} {...handlers} />
      ))}
    </div>
  )
}

type Handlers = Pick<MarkCardProps, 'onSelectPassage' | 'onAccept' | 'onReject'>

function PassageSection({ passage, onSelectPassage }: { passage: Passage } & Handlers) {
  const color = passageColor(passage)
  const copyAsQuote = useCopyPassageAsQuote()
  return (
    <section className="mark-card-section" aria-label={`Passage “${shortQuote(passage.exact, 40)}”`}>
      <div className="mark-card-head">
        <button
          type="button"
          className="mark-card-drag"
          draggable
          aria-label="Copy as quote"
          title="Drag this passage into a note, or press to copy it as a quote"
          onClick={() => void copyAsQuote(passage)}
          onDragStart={(event) => startPassageDrag(event, passage)}
        >
          <DragIcon />
        </button>
        <span className={`reader-swatch reader-color-${color.name}`} aria-hidden="true" />
        <span className="mark-card-kind">Passage</span>
        {passage.status === 'needs_review' && <span className="reader-review-badge">Needs review</span>}
      </div>
      {passage.entityIds.length > 0 ? (
        <ul className="reader-chips" aria-label="Actors">
          {passage.entityIds.map((entityId) => (
            <li key={entityId}>
              <ActorChip entityId={entityId} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mark-card-muted">No actor linked yet.</p>
      )}
      {passage.comment && (
        <p className="mark-card-comment" dir="auto">
          {passage.comment}
        </p>
      )}
      <button type="button" className="reader-link-button" onClick={() => onSelectPassage(passage)}>
        Show in the passages list
      </button>
    </section>
  )
}

function SuggestionSection({ suggestion, onAccept, onReject }: { suggestion: MentionSuggestion } & Handlers) {
  const { actors } = useReaderPassages()
  const actor = actors.byId.get(suggestion.entityId)
  return (
    <section className="mark-card-section" aria-label={`Suggestion: “${suggestion.exact}”`}>
      <div className="mark-card-head">
        <span className="reader-suggestion-swatch" aria-hidden="true" />
        <span className="mark-card-kind">Suggested mention</span>
      </div>
      <p className="mark-card-title" dir="auto">
        “{suggestion.exact}” may be{' '}
        <strong dir="auto">{actor?.name ?? `actor #${suggestion.entityId}`}</strong>
        {actor && <span className="mark-card-muted"> ({actor.type})</span>}
      </p>
      <p className="mark-card-why" dir="auto">
        {matchExplanation(suggestion)}
      </p>
      <div className="mark-card-actions">
        <button type="button" className="button button-primary" onClick={() => onAccept(suggestion)}>
          Accept
        </button>
        <button type="button" className="button" onClick={() => onReject(suggestion)}>
          Reject
        </button>
      </div>
    </section>
  )
}
