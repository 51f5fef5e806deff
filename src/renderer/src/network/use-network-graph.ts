// The network the view shows: the data through the filter (following a time
// slider when there is time) or through a comparison of two periods, with the
// actors' names and the number of ties it holds.
import { useDeferredValue, useMemo } from 'react'
import { buildGraph, type Graph, type GraphFilter } from '@shared/network/graph-filter'
import type { NetworkData } from '@shared/network/network-data'
import { comparePeriods } from '@shared/network/period-compare'
import type { NetworkViewSettings } from '@shared/network/views'

const EMPTY: Graph = { nodes: [], edges: [] }

export function useNetworkGraph(
  data: NetworkData | undefined,
  current: NetworkViewSettings,
  restoredFilter: GraphFilter | undefined,
) {
  // Sliding through time stays smooth: the graph follows the filter when there is time. A saved
  // view's filter applies at once, so its positions and fit match the graph they were saved with.
  const deferredFilter = useDeferredValue(current.filter)
  const filter = restoredFilter === current.filter ? current.filter : deferredFilter
  // Graphs follow what the filter and comparison say, not which object says it: an equal filter
  // (the default made again when the data arrives) draws nothing new.
  const filterKey = JSON.stringify(filter)
  const compareKey = JSON.stringify(current.compare)
  const comparison = useMemo(
    () =>
      data && current.compare
        ? comparePeriods(data, filter, current.compare.a, current.compare.b)
        : undefined,
    [data, filterKey, compareKey], // eslint-disable-line react-hooks/exhaustive-deps
  )
  const graph = useMemo(
    () => comparison?.graph ?? (data ? buildGraph(data, filter) : EMPTY),
    [comparison, data, filterKey], // eslint-disable-line react-hooks/exhaustive-deps
  )
  const names = useMemo(() => new Map(data?.actors.map((actor) => [actor.id, actor.name]) ?? []), [data])
  const tieCount = useMemo(() => countTies(graph), [graph])
  return { filter, comparison, graph, names, tieCount }
}

export const countTies = (graph: Graph) => graph.edges.reduce((sum, edge) => sum + edge.tieIds.length, 0)
