// Says when the drawing leaves ties out (the level of detail for very large
// networks) and offers to draw everything, warning that it is slow; while
// everything is drawn, offers to go back to the strongest ties.
import { plural } from './format'

interface DrawnNoteProps {
  /** Ties and actors drawn, and in the filtered network. */
  drawnTies: number
  allTies: number
  drawnActors: number
  allActors: number
  /** Whether everything is drawn at the user's request although it passes the budget. */
  drawingAll: boolean
  onDrawAll(all: boolean): void
}

export function DrawnNote(props: DrawnNoteProps) {
  const { drawnTies, allTies, drawnActors, allActors } = props
  if (props.drawingAll) {
    return (
      <p className="network-focus-note network-drawn-note" role="status">
        Drawing all {plural(allTies, 'tie')}: each change of filter or period can freeze the window for
        seconds.
        <button type="button" className="button button-quiet" onClick={() => props.onDrawAll(false)}>
          Draw the strongest only
        </button>
      </p>
    )
  }
  const actors =
    drawnActors < allActors ? ` and ${drawnActors.toLocaleString()} of ${plural(allActors, 'actor')}` : ''
  return (
    <p className="network-focus-note network-drawn-note" role="status">
      <span>
        Showing the {drawnTies.toLocaleString()} strongest of {plural(allTies, 'tie')}
        {actors} — filter, narrow the period or find an actor to see the rest. Counts, metrics and exports
        cover them all.
      </span>
      <button
        type="button"
        className="button button-quiet"
        title="Slow: with this many ties each change can freeze the window for seconds"
        onClick={() => props.onDrawAll(true)}
      >
        Draw all (slow)
      </button>
    </p>
  )
}
