// The metrics of the graph on screen as a sortable table: degree, weighted
// degree, betweenness, closeness, community. Computed in a worker; a row's
// name selects the actor on the graph.
import { useMemo, useState } from 'react'
import type { Graph } from '@shared/network/graph-filter'
import { METRIC_KEYS, METRIC_LABELS, type MetricKey } from '@shared/network/metrics-keys'

/** Column headings short enough for the side panel; the full name is the button's name. */
const SHORT_LABELS: Record<MetricKey, string> = {
  degree: 'Degree',
  weightedDegree: 'Weighted',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  community: 'Community',
}
import type { MetricsState } from '../metrics/use-metrics'
import { SidePanel } from './SidePanel'

const SHOWN_ROWS = 200

interface MetricsPanelProps {
  graph: Graph
  metrics: MetricsState
  onSelectActor(id: number): void
  onClose(): void
}

type SortKey = 'name' | MetricKey

export function MetricsPanel({ graph, metrics, onSelectActor, onClose }: MetricsPanelProps) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'betweenness',
    descending: true,
  })
  const names = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node.name])), [graph])
  const result = metrics.result
  const rows = useMemo(() => {
    if (!result) return []
    const all = result.nodeIds
      .map((id, i) => ({
        id,
        name: names.get(id) ?? `#${id}`,
        degree: result.degree[i]!,
        weightedDegree: result.weightedDegree[i]!,
        betweenness: result.betweenness[i]!,
        closeness: result.closeness[i]!,
        community: result.community[i]!,
      }))
      .filter((row) => names.has(row.id))
    const direction = sort.descending ? -1 : 1
    all.sort((a, b) =>
      sort.key === 'name'
        ? direction * a.name.localeCompare(b.name)
        : direction * (a[sort.key] - b[sort.key]) || a.name.localeCompare(b.name),
    )
    return all
  }, [result, names, sort])

  const header = (key: SortKey, label: string, shortLabel = label) => {
    const active = sort.key === key
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="metrics-sort"
          aria-label={label}
          onClick={() => setSort({ key, descending: active ? !sort.descending : key !== 'name' })}
        >
          {shortLabel}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▾' : ' ▴') : ''}</span>
        </button>
      </th>
    )
  }

  return (
    <SidePanel title="Metrics" onClose={onClose}>
      {metrics.error && (
        <p className="weft-form-error" role="alert">
          The metrics could not be computed: {metrics.error}
        </p>
      )}
      <p className="network-side-lead" role="status">
        {metrics.busy
          ? 'Computing…'
          : result
            ? `${result.nodeIds.length.toLocaleString()} actors, ${result.communityCount.toLocaleString()} communities, in ${(result.tookMs / 1000).toFixed(1)} s.`
            : ''}
        {result &&
          !result.exact &&
          ` Betweenness and closeness are estimated from ${result.sources.toLocaleString()} actors, as the graph is large.`}
      </p>
      {rows.length > 0 && (
        <div className="metrics-table-wrap">
          <table className="metrics-table">
            <thead>
              <tr>
                {header('name', 'Actor')}
                {METRIC_KEYS.map((key) => header(key, METRIC_LABELS[key], SHORT_LABELS[key]))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN_ROWS).map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      dir="auto"
                      onClick={() => onSelectActor(row.id)}
                    >
                      {row.name}
                    </button>
                  </th>
                  <td>{row.degree}</td>
                  <td>{row.weightedDegree}</td>
                  <td>{row.betweenness.toFixed(4)}</td>
                  <td>{row.closeness.toFixed(3)}</td>
                  <td>{row.community}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > SHOWN_ROWS && (
            <p className="metrics-more">
              The first {SHOWN_ROWS} of {rows.length.toLocaleString()} actors; sort by another column to see
              others, or export the network for all of them.
            </p>
          )}
        </div>
      )}
    </SidePanel>
  )
}
