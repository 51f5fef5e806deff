// From the whole network to the graph on screen: ties filtered by period,
// type, status and evidence; parallel ties of one type bundled into one edge
// with a count; actors filtered by type and kept when they have a tie (or all).
import type { NetworkActor, NetworkData, NetworkTie } from './network-data'
import { periodSpan, spansOverlap, tieSpan } from './tie-dates'
import type { TieStatus } from './ties'

export interface GraphFilter {
  /** Partial dates; null leaves that end of the period open. */
  from: string | null
  to: string | null
  /** Show ties with no date at all whatever the period. */
  includeUndated: boolean
  /** Null: every type. */
  tieTypes: string[] | null
  actorTypes: string[] | null
  statuses: TieStatus[] | null
  minEvidence: number
  /** Also show actors with no tie in the filtered network. */
  includeIsolated: boolean
  /** Only this actor and its neighbours up to `hops` away. */
  focus: { actorId: number; hops: 1 | 2 } | null
}

export const OPEN_FILTER: GraphFilter = {
  from: null,
  to: null,
  includeUndated: true,
  tieTypes: null,
  actorTypes: null,
  statuses: null,
  minEvidence: 0,
  includeIsolated: false,
  focus: null,
}

export interface GraphNode {
  id: number
  name: string
  type: string
  /** Number of edges (bundles) at this node. */
  degree: number
  /** Number of ties at this node. */
  tieCount: number
  /** Evidence passages of its ties. */
  evidence: number
}

export type BundleStatus = TieStatus | 'mixed'

export interface GraphEdge {
  /** Stable across filters: the bundle's endpoints, type and direction. */
  key: string
  source: number
  target: number
  type: string
  directed: boolean
  tieIds: number[]
  evidence: number
  /** The status all its ties share, else mixed. */
  status: BundleStatus
}

export interface Graph {
  nodes: GraphNode[]
  edges: GraphEdge[]
}

export function tiePasses(tie: NetworkTie, filter: GraphFilter, actorOk: (id: number) => boolean): boolean {
  if (tie.from === tie.to) return false // Both ends merged into one actor.
  if (filter.tieTypes && !filter.tieTypes.includes(tie.type)) return false
  if (filter.statuses && !filter.statuses.includes(tie.status)) return false
  if (tie.evidence < filter.minEvidence) return false
  if (!actorOk(tie.from) || !actorOk(tie.to)) return false
  const span = tieSpan(tie)
  if (!span) return filter.includeUndated
  if (filter.from === null && filter.to === null) return true
  return spansOverlap(span, periodSpan(filter.from, filter.to))
}

export function bundleKey(tie: Pick<NetworkTie, 'from' | 'to' | 'type' | 'directed'>): string {
  if (tie.directed) return `${tie.from}>${tie.to}:${tie.type}`
  const [a, b] = tie.from < tie.to ? [tie.from, tie.to] : [tie.to, tie.from]
  return `${a}-${b}:${tie.type}`
}

/** The ties that pass the filter (focus included). */
export function filterTies(data: NetworkData, filter: GraphFilter): NetworkTie[] {
  const actorsById = new Map(data.actors.map((actor) => [actor.id, actor]))
  const actorTypes = filter.actorTypes ? new Set(filter.actorTypes) : null
  const actorOk = (id: number) => {
    const actor = actorsById.get(id)
    return actor !== undefined && (actorTypes === null || actorTypes.has(actor.type))
  }
  const ties = data.ties.filter((tie) => tiePasses(tie, filter, actorOk))
  if (!filter.focus) return ties
  const near = neighbourhood(ties, filter.focus.actorId, filter.focus.hops)
  return ties.filter((tie) => near.has(tie.from) && near.has(tie.to))
}

/** The actor and every actor within `hops` ties of it. */
export function neighbourhood(ties: readonly NetworkTie[], actorId: number, hops: number): Set<number> {
  const adjacent = new Map<number, number[]>()
  const link = (a: number, b: number) => {
    const list = adjacent.get(a)
    if (list) list.push(b)
    else adjacent.set(a, [b])
  }
  for (const tie of ties) {
    link(tie.from, tie.to)
    link(tie.to, tie.from)
  }
  const seen = new Set([actorId])
  let frontier = [actorId]
  for (let hop = 0; hop < hops; hop += 1) {
    const next: number[] = []
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (!seen.has(other)) {
          seen.add(other)
          next.push(other)
        }
      }
    }
    frontier = next
  }
  return seen
}

export function buildGraph(data: NetworkData, filter: GraphFilter): Graph {
  return bundleTies(data.actors, filterTies(data, filter), filter)
}

/** Bundles ties into edges and keeps the actors they touch (and isolated ones when asked). */
export function bundleTies(
  actors: readonly NetworkActor[],
  ties: readonly NetworkTie[],
  filter: GraphFilter,
): Graph {
  const edges = new Map<string, GraphEdge>()
  for (const tie of ties) {
    const key = bundleKey(tie)
    const edge = edges.get(key)
    if (edge) {
      edge.tieIds.push(tie.id)
      edge.evidence += tie.evidence
      if (edge.status !== tie.status) edge.status = 'mixed'
    } else {
      const [source, target] = tie.directed || tie.from < tie.to ? [tie.from, tie.to] : [tie.to, tie.from]
      edges.set(key, {
        key,
        source,
        target,
        type: tie.type,
        directed: tie.directed,
        tieIds: [tie.id],
        evidence: tie.evidence,
        status: tie.status,
      })
    }
  }
  const stats = new Map<number, { degree: number; tieCount: number; evidence: number }>()
  const statsOf = (id: number) => {
    let entry = stats.get(id)
    if (!entry) {
      entry = { degree: 0, tieCount: 0, evidence: 0 }
      stats.set(id, entry)
    }
    return entry
  }
  for (const edge of edges.values()) {
    for (const id of [edge.source, edge.target]) {
      const entry = statsOf(id)
      entry.degree += 1
      entry.tieCount += edge.tieIds.length
      entry.evidence += edge.evidence
    }
  }
  const actorTypes = filter.actorTypes ? new Set(filter.actorTypes) : null
  // The focused actor stays even when the filter leaves it no tie, so the user sees what was focused.
  const keep = (actor: NetworkActor) =>
    stats.has(actor.id) ||
    (filter.focus
      ? actor.id === filter.focus.actorId
      : filter.includeIsolated && (actorTypes === null || actorTypes.has(actor.type)))
  const nodes: GraphNode[] = actors.filter(keep).map((actor) => {
    const entry = stats.get(actor.id)
    return {
      id: actor.id,
      name: actor.name,
      type: actor.type,
      degree: entry?.degree ?? 0,
      tieCount: entry?.tieCount ?? 0,
      evidence: entry?.evidence ?? 0,
    }
  })
  return { nodes, edges: [...edges.values()] }
}
