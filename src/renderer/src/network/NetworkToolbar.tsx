// The tools above the network: find an actor, the layout (and refining it),
// what sizes and colours the actors, and saved views.
import { useId } from 'react'
import type { NetworkActor } from '@shared/network/network-data'
import {
  LAYOUT_LABELS,
  LAYOUT_NAMES,
  NODE_COLOR_BY,
  NODE_SIZE_BY,
  type LayoutName,
  type NetworkViewSettings,
  type SavedNetworkView,
} from '@shared/network/views'
import { ActorCombobox } from './dialogs/ActorCombobox'
import { COLOR_BY_LABELS, SIZE_BY_LABELS } from './network-settings'

/** fcose at full quality takes minutes past a few hundred actors on a laptop. */
export const FULL_QUALITY_MAX_NODES = 300

interface NetworkToolbarProps {
  actors: NetworkActor[]
  settings: NetworkViewSettings
  nodeCount: number
  views: SavedNetworkView[]
  activeView: SavedNetworkView | undefined
  onFind(actorId: number): void
  onSettings(patch: Partial<NetworkViewSettings>): void
  onLayout(name: LayoutName | 'fcose'): void
  onOpenView(view: SavedNetworkView | undefined): void
  onSaveView(): void
  onDeleteView(view: SavedNetworkView): void
}

export function NetworkToolbar(props: NetworkToolbarProps) {
  const ids = useId()
  const { settings } = props
  return (
    <div className="network-toolbar" role="toolbar" aria-label="Network tools">
      <div className="network-find">
        <ActorCombobox
          label="Find actor"
          hideLabel
          placeholder="Find an actor…"
          actors={props.actors}
          value={null}
          onChange={(id) => id !== null && props.onFind(id)}
        />
      </div>
      <div className="network-tool">
        <label htmlFor={`${ids}-layout`}>Layout</label>
        <select
          id={`${ids}-layout`}
          className="weft-select"
          value={settings.layout}
          onChange={(event) => {
            const layout = event.target.value as LayoutName
            props.onSettings({ layout })
            props.onLayout(layout)
          }}
        >
          {LAYOUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {LAYOUT_LABELS[name]}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => props.onLayout(settings.layout)}>
          {settings.layout === 'force' ? 'Refine' : 'Lay out again'}
        </button>
        {settings.layout === 'force' && (
          <button
            type="button"
            className="button"
            disabled={props.nodeCount > FULL_QUALITY_MAX_NODES}
            title={
              props.nodeCount > FULL_QUALITY_MAX_NODES
                ? `Full quality is for up to ${FULL_QUALITY_MAX_NODES} actors; filter the network first.`
                : 'A slower, tidier force-directed layout (fcose)'
            }
            onClick={() => props.onLayout('fcose')}
          >
            Full quality
          </button>
        )}
      </div>
      <div className="network-tool">
        <label htmlFor={`${ids}-size`}>Size by</label>
        <select
          id={`${ids}-size`}
          className="weft-select"
          value={settings.sizeBy}
          onChange={(event) =>
            props.onSettings({ sizeBy: event.target.value as NetworkViewSettings['sizeBy'] })
          }
        >
          {NODE_SIZE_BY.map((key) => (
            <option key={key} value={key}>
              {SIZE_BY_LABELS[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="network-tool">
        <label htmlFor={`${ids}-color`}>Colour by</label>
        <select
          id={`${ids}-color`}
          className="weft-select"
          value={settings.colorBy}
          onChange={(event) =>
            props.onSettings({ colorBy: event.target.value as NetworkViewSettings['colorBy'] })
          }
        >
          {NODE_COLOR_BY.map((key) => (
            <option key={key} value={key}>
              {COLOR_BY_LABELS[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="network-tool network-views">
        <label htmlFor={`${ids}-view`}>View</label>
        <select
          id={`${ids}-view`}
          className="weft-select"
          value={props.activeView?.id ?? ''}
          onChange={(event) =>
            props.onOpenView(props.views.find((view) => view.id === Number(event.target.value)))
          }
        >
          <option value="">Unsaved view</option>
          {props.views.map((view) => (
            <option key={view.id} value={view.id}>
              {view.name}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={props.onSaveView}>
          Save view…
        </button>
        {props.activeView && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => props.onDeleteView(props.activeView!)}
          >
            Delete view
          </button>
        )}
      </div>
    </div>
  )
}
