// A passage flagged after its source's text changed: what it quoted and what
// the text at its place says now; keep it there, or place it anew on the
// words the researcher selects. Weft never moves it on a guess.
import { useState, type MouseEvent } from 'react'
import type { Passage } from '@shared/actors'
import { shortQuote } from './quote'
import { useReaderPassages } from './reader-passages'

export function PassageReview({ passage }: { passage: Passage }) {
  const { source, actions, setRelocating, revealRange, setPanelOpen } = useReaderPassages()
  const [busy, setBusy] = useState(false)
  const now = source.text.slice(passage.start, passage.end)

  const keep = async () => {
    setBusy(true)
    try {
      await actions.confirmReview(passage.id)
    } finally {
      setBusy(false)
    }
  }
  const placeAnew = (event: MouseEvent<HTMLButtonElement>) => {
    setRelocating(passage.id)
    revealRange(passage)
    // Over a narrow reader the panel covers the text: get it out of the way of selecting.
    const panel = event.currentTarget.closest('.passages-panel')
    if (panel && getComputedStyle(panel).position === 'absolute') setPanelOpen(false)
  }

  return (
    <div className="reader-passage-review">
      <span className="reader-review-badge">Needs review</span>
      <p className="reader-passage-review-text">
        The source’s text changed. This passage quoted “
        <span dir="auto">{shortQuote(passage.exact, 80)}</span>”; at its place the text now reads “
        <span dir="auto">{shortQuote(now, 80)}</span>”.
      </p>
      <div className="reader-passage-review-actions">
        <button
          type="button"
          className="button"
          // A selection already made in the text stays, ready to take the passage.
          onMouseDown={(mouse) => mouse.preventDefault()}
          onClick={placeAnew}
        >
          Place anew…
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void keep()}>
          Keep here
        </button>
      </div>
    </div>
  )
}
