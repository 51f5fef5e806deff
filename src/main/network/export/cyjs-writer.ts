// Cytoscape.js JSON (also read by Cytoscape desktop): elements with their
// data and, when the view gave them, their positions.
import type { ExportModel } from './export-model'

export function writeCytoscapeJson(model: ExportModel): string {
  const nodes = model.nodes.map((node) => ({
    data: {
      id: `a${node.id}`,
      name: node.name,
      actor_type: node.type,
      aliases: node.aliases,
      degree: node.degree,
      weighted_degree: node.weightedDegree,
      betweenness: node.betweenness,
      closeness: node.closeness,
      community: node.community,
      ties: node.ties,
      evidence: node.evidence,
    },
    ...(node.position ? { position: { x: node.position[0], y: node.position[1] } } : {}),
  }))
  const edges = model.ties.map((tie) => ({
    data: {
      id: `t${tie.id}`,
      source: `a${tie.from}`,
      target: `a${tie.to}`,
      tie_type: tie.type,
      color: model.tieTypeColors.get(tie.type) ?? null,
      directed: tie.directed,
      status: tie.status,
      confidence: tie.confidence,
      start: tie.startDate,
      end: tie.endDate,
      ongoing: tie.ongoing,
      place: tie.place,
      description: tie.description,
      evidence: tie.evidence,
      evidence_passages: tie.evidenceIds,
    },
  }))
  return `${JSON.stringify(
    {
      format_version: '1.0',
      generated_by: 'Weft',
      target_cytoscapejs_version: '~3.34',
      data: { name: model.title, exact_metrics: model.exactMetrics },
      elements: { nodes, edges },
    },
    null,
    2,
  )}\n`
}
