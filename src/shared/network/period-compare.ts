// Two periods side by side: which ties appeared (in B, not in A), which ended
// (in A, not in B) and which held (in both), under the same other filters.
// Undated ties belong to no period, so they take no part.
import { bundleKey, bundleTies, filterTies, type Graph, type GraphFilter } from './graph-filter'
import type { NetworkData, NetworkTie } from './network-data'

export interface Period {
  from: string | null
  to: string | null
}

export type TieChange = 'appeared' | 'ended' | 'held'

export interface PeriodComparison {
  appeared: NetworkTie[]
  ended: NetworkTie[]
  held: NetworkTie[]
  /** The union of both periods' ties, bundled, for the graph. */
  graph: Graph
  /** Each edge's change: the one all its ties share, else held (it is there in both, in part). */
  edgeChanges: Map<string, TieChange>
}

export function comparePeriods(
  data: NetworkData,
  filter: GraphFilter,
  a: Period,
  b: Period,
): PeriodComparison {
  const inPeriod = (period: Period) => filterTies(data, { ...filter, ...period, includeUndated: false })
  const inA = new Map(inPeriod(a).map((tie) => [tie.id, tie]))
  const inB = new Map(inPeriod(b).map((tie) => [tie.id, tie]))
  const appeared: NetworkTie[] = []
  const held: NetworkTie[] = []
  const change = new Map<number, TieChange>()
  for (const tie of inB.values()) {
    if (inA.has(tie.id)) {
      held.push(tie)
      change.set(tie.id, 'held')
    } else {
      appeared.push(tie)
      change.set(tie.id, 'appeared')
    }
  }
  const ended = [...inA.values()].filter((tie) => !inB.has(tie.id))
  for (const tie of ended) change.set(tie.id, 'ended')

  const union = [...held, ...appeared, ...ended]
  const graph = bundleTies(data.actors, union, { ...filter, includeIsolated: false })
  const edgeChanges = new Map<string, TieChange>()
  for (const tie of union) {
    const key = bundleKey(tie)
    const previous = edgeChanges.get(key)
    const current = change.get(tie.id) ?? 'held'
    edgeChanges.set(key, previous === undefined || previous === current ? current : 'held')
  }
  return { appeared, ended, held, graph, edgeChanges }
}
