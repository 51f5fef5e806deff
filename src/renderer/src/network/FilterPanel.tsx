// The filters beside the network: tie types (with their colours), actor
// types (with their shapes), status, minimum evidence, undated ties and
// actors without ties. Each list doubles as the legend.
import type { CSSProperties } from 'react'
import type { GraphFilter } from '@shared/network/graph-filter'
import type { NetworkData } from '@shared/network/network-data'
import { TIE_STATUSES, type TieStatus } from '@shared/network/ties'
import { actorTypeStyle } from './graph-style'

interface FilterPanelProps {
  data: NetworkData
  filter: GraphFilter
  onChange(filter: GraphFilter): void
  onEditTypes(): void
}

/** A list filter: null means everything; unticking one keeps the others. */
function toggled<T>(current: T[] | null, all: T[], value: T, on: boolean): T[] | null {
  const chosen = new Set(current ?? all)
  if (on) chosen.add(value)
  else chosen.delete(value)
  return chosen.size === all.length ? null : all.filter((entry) => chosen.has(entry))
}

const STATUS_LINES: Record<TieStatus, string> = {
  reported: 'solid',
  confirmed: 'solid',
  alleged: 'dashed',
  denied: 'dotted',
}

export function FilterPanel({ data, filter, onChange, onEditTypes }: FilterPanelProps) {
  const tieTypes = data.tieTypes.map((type) => type.name)
  const usedActorTypes = data.actorTypes.filter((type) => data.actors.some((actor) => actor.type === type))
  const set = (patch: Partial<GraphFilter>) => onChange({ ...filter, ...patch })
  return (
    <aside className="network-filters" aria-label="Filters">
      <fieldset className="network-filter-group">
        <legend>Tie types</legend>
        <ul>
          {data.tieTypes.map((type) => (
            <li key={type.name}>
              <label>
                <input
                  type="checkbox"
                  checked={filter.tieTypes === null || filter.tieTypes.includes(type.name)}
                  onChange={(event) =>
                    set({ tieTypes: toggled(filter.tieTypes, tieTypes, type.name, event.target.checked) })
                  }
                />
                <span
                  className="legend-line"
                  style={{ '--swatch': type.color } as CSSProperties}
                  aria-hidden="true"
                />
                <span className="network-filter-name">{type.name}</span>
                <span className="network-filter-count">{type.tieCount}</span>
              </label>
            </li>
          ))}
        </ul>
        <button type="button" className="button button-quiet network-filter-edit" onClick={onEditTypes}>
          Edit tie types…
        </button>
      </fieldset>
      <fieldset className="network-filter-group">
        <legend>Actor types</legend>
        <ul>
          {usedActorTypes.map((type) => (
            <li key={type}>
              <label>
                <input
                  type="checkbox"
                  checked={filter.actorTypes === null || filter.actorTypes.includes(type)}
                  onChange={(event) =>
                    set({
                      actorTypes: toggled(filter.actorTypes, usedActorTypes, type, event.target.checked),
                    })
                  }
                />
                <ShapeIcon shape={actorTypeStyle(type).shape} color={actorTypeStyle(type).color} />
                <span className="network-filter-name">{type}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="network-filter-group">
        <legend>Status</legend>
        <ul>
          {TIE_STATUSES.map((status) => (
            <li key={status}>
              <label>
                <input
                  type="checkbox"
                  checked={filter.statuses === null || filter.statuses.includes(status)}
                  onChange={(event) =>
                    set({
                      statuses: toggled(filter.statuses, [...TIE_STATUSES], status, event.target.checked),
                    })
                  }
                />
                <span className={`legend-line legend-${STATUS_LINES[status]}`} aria-hidden="true" />
                <span className="network-filter-name">{status}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="network-filter-group">
        <legend>Show</legend>
        <label className="network-filter-number">
          At least
          <input
            type="number"
            className="weft-input"
            min={0}
            value={filter.minEvidence}
            onChange={(event) =>
              set({ minEvidence: Math.max(0, Math.floor(Number(event.target.value) || 0)) })
            }
          />
          evidence passages
        </label>
        <label>
          <input
            type="checkbox"
            checked={filter.includeUndated}
            onChange={(event) => set({ includeUndated: event.target.checked })}
          />
          Undated ties
        </label>
        <label>
          <input
            type="checkbox"
            checked={filter.includeIsolated}
            onChange={(event) => set({ includeIsolated: event.target.checked })}
          />
          Actors without ties
        </label>
      </fieldset>
    </aside>
  )
}

/** The node shape of an actor type, small, for the legend. */
function ShapeIcon({ shape, color }: { shape: string; color: string }) {
  const kind = shape.replace(/^round-/, '')
  const path =
    kind === 'triangle'
      ? 'M7 1.5 L12.5 12 L1.5 12 Z'
      : kind === 'diamond'
        ? 'M7 1 L13 7 L7 13 L1 7 Z'
        : kind === 'hexagon'
          ? 'M4 1.8 L10 1.8 L13 7 L10 12.2 L4 12.2 L1 7 Z'
          : kind === 'tag'
            ? 'M1.5 2 L9 2 L12.5 7 L9 12 L1.5 12 Z'
            : kind === 'star'
              ? 'M7 1 L8.6 5.2 L13 5.4 L9.5 8.1 L10.7 12.5 L7 10 L3.3 12.5 L4.5 8.1 L1 5.4 L5.4 5.2 Z'
              : kind === 'rectangle' || kind === 'barrel'
                ? 'M2 2.5 H12 V11.5 H2 Z'
                : undefined
  return (
    <svg className="legend-shape" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {path ? (
        <path d={path} fill={color} strokeLinejoin="round" />
      ) : (
        <circle cx="7" cy="7" r="5.5" fill={color} />
      )}
    </svg>
  )
}
