// A level of detail for very large networks: past a drawing budget only the
// strongest ties (most evidence, most ties bundled, then best-connected ends)
// and their actors are drawn, because Cytoscape redraws every element on each
// frame after a change. Counts, metrics, panels and exports keep the full graph.
import type { Graph, GraphEdge, GraphNode } from '@shared/network/graph-filter'

export interface DrawBudget {
  /** Most edges (bundles of ties) drawn. */
  edges: number
  /** Most actors drawn (the ends of drawn edges first, then the best-connected others). */
  nodes: number
}

export interface DrawLevels {
  /** Networks up to this size are drawn whole (2,000 actors / 8,000 ties meet their targets). */
  limit: DrawBudget
  /** Larger ones are drawn down to this. */
  budget: DrawBudget
}

// Measured in headless Chromium with software rendering at 12,500 actors / 50,000 ties: a change of
// period froze the window 3.3 s drawing everything, 1.1 s drawing 3,000 actors and 4,500 ties,
// 0.57 s drawing 1,500 actors and 1,900 ties (the actor budget binds first: labels are costly).
export const DRAW_LEVELS: DrawLevels = {
  limit: { edges: 8_000, nodes: 2_000 },
  budget: { edges: 4_000, nodes: 1_500 },
}

export interface DrawnGraph {
  graph: Graph
  /** Whether some edges or actors of the full graph are left out of the drawing. */
  limited: boolean
}

/** Whether `graph` is small enough to be drawn whole. */
export function fitsLimit(graph: Graph, levels: DrawLevels = DRAW_LEVELS): boolean {
  return graph.edges.length <= levels.limit.edges && graph.nodes.length <= levels.limit.nodes
}

/** The graph to draw: `graph` itself when it fits the limit, else its strongest part. */
export function drawnGraph(graph: Graph, levels: DrawLevels = DRAW_LEVELS): DrawnGraph {
  if (fitsLimit(graph, levels)) return { graph, limited: false }
  const { budget } = levels
  const degree = new Map(graph.nodes.map((node) => [node.id, node.degree]))
  const ends = (edge: GraphEdge) => (degree.get(edge.source) ?? 0) + (degree.get(edge.target) ?? 0)
  const strongest = [...graph.edges].sort(
    (a, b) =>
      b.evidence - a.evidence ||
      b.tieIds.length - a.tieIds.length ||
      ends(b) - ends(a) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  )
  const kept = new Set<number>()
  const chosen = new Set<GraphEdge>()
  for (const edge of strongest) {
    if (chosen.size >= budget.edges) break
    const adds = (kept.has(edge.source) ? 0 : 1) + (kept.has(edge.target) ? 0 : 1)
    // An edge whose ends would pass the actor budget is left out; a later one may still fit.
    if (kept.size + adds > budget.nodes) continue
    kept.add(edge.source)
    kept.add(edge.target)
    chosen.add(edge)
  }
  // Actors without a drawn tie fill what is left of the actor budget, best-connected first.
  const others = graph.nodes
    .filter((node) => !kept.has(node.id))
    .sort((a, b) => b.degree - a.degree || b.evidence - a.evidence || a.id - b.id)
  for (const node of others) {
    if (kept.size >= budget.nodes) break
    kept.add(node.id)
  }
  // In the full graph's order, so a change of filter adds and removes rather than reorders.
  const nodes: GraphNode[] = graph.nodes.filter((node) => kept.has(node.id))
  const edges = graph.edges.filter((edge) => chosen.has(edge))
  return { graph: { nodes, edges }, limited: true }
}
