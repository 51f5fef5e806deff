// Betweenness and closeness checked against graphology-metrics (the reference
// implementation) to 1e-6, on graphs with several components, leaves, cycles
// and hubs; plus hand-computed values on a path, and the sampled estimate.
import { UndirectedGraph } from 'graphology'
import betweennessCentrality from 'graphology-metrics/centrality/betweenness'
import closenessCentrality from 'graphology-metrics/centrality/closeness'
import { describe, expect, it } from 'vitest'
import { centrality, toAdjacency } from './centrality'

function randomGraph(nodes: number, edges: number, seed: number): [number, number][] {
  let state = seed
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const seen = new Set<string>()
  const pairs: [number, number][] = []
  while (pairs.length < edges) {
    const a = Math.floor(random() * nodes)
    const b = Math.floor(random() * nodes)
    const key = a < b ? `${a}-${b}` : `${b}-${a}`
    if (a === b || seen.has(key)) continue
    seen.add(key)
    pairs.push([a, b])
  }
  return pairs
}

function reference(nodes: number, pairs: [number, number][]) {
  const graph = new UndirectedGraph()
  for (let i = 0; i < nodes; i += 1) graph.addNode(String(i))
  for (const [a, b] of pairs) graph.addEdge(String(a), String(b))
  return {
    betweenness: betweennessCentrality(graph, { getEdgeWeight: null }),
    closeness: closenessCentrality(graph),
  }
}

describe('centrality', () => {
  it.each([
    ['a sparse graph with several components', 60, 55, 7],
    ['a denser graph', 120, 600, 11],
    ['a tree-like graph', 200, 199, 3],
  ])('matches graphology-metrics on %s to 1e-6', (_name, nodes, edges, seed) => {
    const pairs = randomGraph(nodes, edges, seed)
    const ours = centrality(toAdjacency(nodes, pairs))
    const theirs = reference(nodes, pairs)
    expect(ours.exact).toBe(true)
    for (let i = 0; i < nodes; i += 1) {
      expect(Math.abs(ours.betweenness[i]! - theirs.betweenness[String(i)]!)).toBeLessThan(1e-6)
      expect(Math.abs(ours.closeness[i]! - theirs.closeness[String(i)]!)).toBeLessThan(1e-6)
    }
  })

  it('gives the textbook values on a path a - b - c - d', () => {
    const result = centrality(
      toAdjacency(4, [
        [0, 1],
        [1, 2],
        [2, 3],
      ]),
    )
    // b lies on a-c and a-d, both ways: 4 of (n-1)(n-2) = 6 ordered pairs.
    expect([...result.betweenness]).toEqual([0, 4 / 6, 4 / 6, 0])
    // a reaches 3 actors at distances 1 + 2 + 3.
    expect(result.closeness[0]).toBeCloseTo(3 / 6, 12)
    expect(result.closeness[1]).toBeCloseTo(3 / 4, 12)
  })

  it('estimates from a sample of sources past the budget, close to the exact values', () => {
    const pairs = randomGraph(400, 1600, 5)
    const exact = centrality(toAdjacency(400, pairs))
    const sampled = centrality(toAdjacency(400, pairs), 400 * 1200)
    expect(sampled.exact).toBe(false)
    expect(sampled.sources).toBeLessThan(400)
    const top = (values: Float64Array) =>
      [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, 10)
    const shared = top(exact.betweenness).filter((node) => top(sampled.betweenness).includes(node))
    expect(shared.length).toBeGreaterThanOrEqual(6)
    for (let i = 0; i < 400; i += 1) {
      if (exact.closeness[i] === 0) {
        expect(sampled.closeness[i]).toBe(0) // Alone in its component.
        continue
      }
      expect(Math.abs(sampled.closeness[i]! - exact.closeness[i]!) / exact.closeness[i]!).toBeLessThan(0.1)
    }
  })
})
