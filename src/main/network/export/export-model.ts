// What every data export writes: the actors and the ties (one by one, not
// bundled: other tools keep parallel ties apart), for the view's filter or the
// whole network, with the metrics of that graph as actor attributes.
import {
  buildGraph,
  bundleTies,
  filterTies,
  OPEN_FILTER,
  type GraphFilter,
} from '@shared/network/graph-filter'
import { computeMetrics } from '@shared/network/metrics'
import type { NetworkData, NetworkTie } from '@shared/network/network-data'
import { EARLIEST_DAY, LATEST_DAY, tieSpan, type DaySpan } from '@shared/network/tie-dates'
import type { NodePositions } from '@shared/network/views'

export interface ExportNode {
  id: number
  name: string
  type: string
  aliases: string[]
  degree: number
  weightedDegree: number
  betweenness: number
  closeness: number
  community: number
  ties: number
  evidence: number
  /** The days its exported ties cover; null when one of them is undated (always there). */
  span: DaySpan | null
  position: [number, number] | null
}

export interface ExportTie extends NetworkTie {
  description: string
  evidenceIds: number[]
  span: DaySpan | null
}

export interface ExportModel {
  title: string
  nodes: ExportNode[]
  ties: ExportTie[]
  tieTypeColors: Map<string, string>
  /** True when the betweenness and closeness are exact (else estimated from a sample). */
  exactMetrics: boolean
}

export interface TieExtras {
  description: string
  evidenceIds: number[]
}

export function buildExportModel(
  data: NetworkData,
  extras: Map<number, TieExtras>,
  filter: GraphFilter | null,
  positions: NodePositions,
  title: string,
): ExportModel {
  const graph = filter
    ? buildGraph(data, filter)
    : bundleTies(data.actors, data.ties, { ...OPEN_FILTER, includeIsolated: true })
  const ties = filter ? filterTies(data, filter) : data.ties.filter((tie) => tie.from !== tie.to)
  const metrics = computeMetrics({
    nodeIds: graph.nodes.map((node) => node.id),
    links: graph.edges.map((edge) => ({
      source: edge.source,
      target: edge.target,
      ties: edge.tieIds.length,
    })),
  })
  const aliases = new Map(data.actors.map((actor) => [actor.id, actor.aliases]))
  const exportTies: ExportTie[] = ties.map((tie) => ({
    ...tie,
    description: extras.get(tie.id)?.description ?? '',
    evidenceIds: extras.get(tie.id)?.evidenceIds ?? [],
    span: tieSpan(tie),
  }))
  const spans = nodeSpans(exportTies)
  const nodes = graph.nodes.map((node, i): ExportNode => ({
    id: node.id,
    name: node.name,
    type: node.type,
    aliases: aliases.get(node.id) ?? [],
    degree: metrics.degree[i]!,
    weightedDegree: metrics.weightedDegree[i]!,
    betweenness: metrics.betweenness[i]!,
    closeness: metrics.closeness[i]!,
    community: metrics.community[i]!,
    ties: node.tieCount,
    evidence: node.evidence,
    span: spans.get(node.id) ?? null,
    position: positions[String(node.id)] ?? null,
  }))
  return {
    title,
    nodes,
    ties: exportTies,
    tieTypeColors: new Map(data.tieTypes.map((type) => [type.name, type.color])),
    exactMetrics: metrics.exact,
  }
}

/** An actor is there from its first tie to its last; undated ties keep it there always. */
function nodeSpans(ties: readonly ExportTie[]): Map<number, DaySpan | null> {
  const spans = new Map<number, DaySpan | null>()
  for (const tie of ties) {
    for (const id of [tie.from, tie.to]) {
      const current = spans.get(id)
      if (current === null) continue
      if (!tie.span) spans.set(id, null)
      else if (current === undefined) spans.set(id, { ...tie.span })
      else {
        if (tie.span.from < current.from) current.from = tie.span.from
        if (tie.span.to > current.to) current.to = tie.span.to
      }
    }
  }
  return spans
}

/** A day span's ends as a time format wants them, open ends left out. */
export function spanEnds(span: DaySpan): { start?: string; end?: string } {
  return {
    ...(span.from === EARLIEST_DAY ? {} : { start: span.from }),
    ...(span.to === LATEST_DAY ? {} : { end: span.to }),
  }
}
