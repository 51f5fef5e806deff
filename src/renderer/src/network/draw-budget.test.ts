import { describe, expect, it } from 'vitest'
import type { Graph, GraphEdge, GraphNode } from '@shared/network/graph-filter'
import { drawnGraph, type DrawBudget } from './draw-budget'

/** One size for both: drawn whole up to it, else drawn down to it. */
const same = (budget: DrawBudget) => ({ limit: budget, budget })

const node = (id: number, degree: number): GraphNode => ({
  id,
  name: `Actor ${id}`,
  type: 'organisation',
  degree,
  tieCount: degree,
  evidence: 0,
})
const edge = (source: number, target: number, evidence: number, ties = 1): GraphEdge => ({
  key: `${source}-${target}`,
  source,
  target,
  type: 'coordination',
  directed: false,
  tieIds: Array.from({ length: ties }, (_, index) => source * 100 + target * 10 + index),
  evidence,
  status: 'reported',
})

/** A graph whose degrees are those of its edges (plus any isolated actors). */
function graphOf(edges: GraphEdge[], isolated: number[] = []): Graph {
  const degree = new Map<number, number>()
  for (const { source, target } of edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1)
    degree.set(target, (degree.get(target) ?? 0) + 1)
  }
  for (const id of isolated) degree.set(id, 0)
  const nodes = [...degree].sort(([a], [b]) => a - b).map(([id, count]) => node(id, count))
  return { nodes, edges }
}

describe('drawnGraph', () => {
  it('draws a graph within the budget as it is', () => {
    const graph = graphOf([edge(1, 2, 0), edge(2, 3, 1)], [9])
    const drawn = drawnGraph(graph, same({ edges: 2, nodes: 4 }))
    expect(drawn.limited).toBe(false)
    expect(drawn.graph).toBe(graph)
  })

  it('draws networks up to the limit whole and larger ones down to the budget', () => {
    const graph = graphOf([edge(1, 2, 3), edge(3, 4, 2), edge(5, 6, 1)])
    const levels = { limit: { edges: 3, nodes: 6 }, budget: { edges: 1, nodes: 2 } }
    expect(drawnGraph(graph, levels)).toEqual({ graph, limited: false })
    const larger = graphOf([...graph.edges, edge(7, 8, 0)])
    const drawn = drawnGraph(larger, levels)
    expect(drawn.limited).toBe(true)
    expect(drawn.graph.edges.map((item) => item.key)).toEqual(['1-2'])
    expect(drawn.graph.nodes.map((item) => item.id)).toEqual([1, 2])
  })

  it('keeps the ties with most evidence, then most ties, then the best-connected ends', () => {
    const graph = graphOf([
      edge(1, 2, 0), // weak, ends of degree 4 and 1
      edge(1, 3, 5), // most evidence
      edge(1, 4, 0, 3), // three ties bundled
      edge(5, 6, 0), // weak, ends of degree 2 and 1
      edge(5, 7, 0), // weak, ends of degree 2 and 1
      edge(1, 8, 0), // weak, ends of degree 4 and 2: the best-connected weak one
      edge(8, 9, 0), // weak, ends of degree 2 and 1
    ])
    const drawn = drawnGraph(graph, same({ edges: 3, nodes: 4 }))
    expect(drawn.limited).toBe(true)
    expect(drawn.graph.edges.map((item) => item.key).sort()).toEqual(['1-3', '1-4', '1-8'].sort())
    // Only the ends of drawn ties, in the full graph's order.
    expect(drawn.graph.nodes.map((item) => item.id)).toEqual([1, 3, 4, 8])
  })

  it('keeps the actor budget, skipping ties that would pass it', () => {
    const graph = graphOf([edge(1, 2, 9), edge(3, 4, 8), edge(1, 3, 1), edge(5, 6, 7)])
    const drawn = drawnGraph(graph, same({ edges: 3, nodes: 4 }))
    expect(drawn.graph.edges.map((item) => item.key)).toEqual(['1-2', '3-4', '1-3'])
    expect(drawn.graph.nodes.map((item) => item.id)).toEqual([1, 2, 3, 4])
  })

  it('fills what is left of the actor budget with the best-connected undrawn actors', () => {
    const graph = graphOf([edge(1, 2, 3), edge(3, 4, 0), edge(3, 5, 0)], [6])
    const drawn = drawnGraph(graph, same({ edges: 1, nodes: 3 }))
    expect(drawn.graph.edges.map((item) => item.key)).toEqual(['1-2'])
    // Actor 3 has two ties (none drawn); the isolated actor 6 and the others do not fit.
    expect(drawn.graph.nodes.map((item) => item.id)).toEqual([1, 2, 3])
  })
})
