// Each actor's size and colour from the chosen measures: size by degree,
// evidence or a metric; colour by actor type, community or a metric.
import type { Graph } from '@shared/network/graph-filter'
import type { MetricsResult } from '@shared/network/metrics'
import type { NodeColorBy, NodeSizeBy } from '@shared/network/views'
import type { NodeLook } from './canvas/cy-elements'
import { actorTypeStyle, categoryColor, colorScale, sizeScale } from './graph-style'

type MetricValues = Pick<
  MetricsResult,
  'degree' | 'weightedDegree' | 'betweenness' | 'closeness' | 'community'
>

/** Whether a measure needs the metrics worker (degree and evidence come with the graph). */
export function needsMetrics(sizeBy: NodeSizeBy, colorBy: NodeColorBy): boolean {
  return !['degree', 'evidence'].includes(sizeBy) || !['type', 'degree'].includes(colorBy)
}

export function nodeLooks(
  graph: Graph,
  sizeBy: NodeSizeBy,
  colorBy: NodeColorBy,
  metrics: MetricsResult | undefined,
): Map<number, NodeLook> {
  const index = new Map(metrics?.nodeIds.map((id, i) => [id, i]) ?? [])
  const metric = (key: keyof MetricValues, id: number): number => {
    const i = index.get(id)
    return i === undefined || !metrics ? 0 : metrics[key][i]!
  }
  const sizeOf = (id: number, degree: number, evidence: number) =>
    sizeBy === 'degree' ? degree : sizeBy === 'evidence' ? evidence : metric(sizeBy, id)
  const sizes = graph.nodes.map((node) => sizeOf(node.id, node.degree, node.evidence))
  const size = sizeScale(sizes)
  const colorValues =
    colorBy === 'type' || colorBy === 'community'
      ? []
      : graph.nodes.map((node) => (colorBy === 'degree' ? node.degree : metric(colorBy, node.id)))
  const color = colorScale(colorValues)
  const looks = new Map<number, NodeLook>()
  graph.nodes.forEach((node, i) => {
    looks.set(node.id, {
      size: size(sizes[i]!),
      color:
        colorBy === 'type'
          ? actorTypeStyle(node.type).color
          : colorBy === 'community'
            ? categoryColor(metric('community', node.id))
            : color(colorValues[i]!),
    })
  })
  return looks
}
