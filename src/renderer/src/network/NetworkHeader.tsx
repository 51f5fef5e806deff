// The Network view's heading: how much is shown, and the main actions
// (record a tie, draw ties, suggestions, metrics, compare periods, export).
import type { Panel } from './network-settings'

interface NetworkHeaderProps {
  summary: string
  /** Off while the library has no actor: there is nothing to act on yet. */
  actions: boolean
  drawMode: boolean
  panel: Panel | undefined
  comparing: boolean
  suggestionCount: number | undefined
  canExport: boolean
  onAddTie(): void
  onDrawMode(on: boolean): void
  onPanel(panel: Panel): void
  onCompare(on: boolean): void
  onExport(): void
}

export function NetworkHeader(props: NetworkHeaderProps) {
  return (
    <header className="view-header network-header">
      <h1>Network</h1>
      <p className="view-count" role="status">
        {props.summary}
      </p>
      {props.actions && (
        <div className="view-actions">
          <button type="button" className="button button-primary" onClick={props.onAddTie}>
            Add tie…
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={props.drawMode}
            title="Drag from one actor to another to record a tie between them"
            onClick={() => props.onDrawMode(!props.drawMode)}
          >
            Draw ties
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={props.panel === 'suggestions'}
            onClick={() => props.onPanel('suggestions')}
          >
            Suggestions{props.suggestionCount ? ` (${props.suggestionCount})` : ''}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={props.panel === 'metrics'}
            onClick={() => props.onPanel('metrics')}
          >
            Metrics
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={props.comparing}
            onClick={() => props.onCompare(!props.comparing)}
          >
            Compare periods
          </button>
          <button type="button" className="button" onClick={props.onExport} disabled={!props.canExport}>
            Export…
          </button>
        </div>
      )}
    </header>
  )
}
