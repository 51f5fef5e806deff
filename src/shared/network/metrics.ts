// Network metrics for the graph on screen (or exported): degree, weighted
// degree, betweenness, closeness and Louvain communities. Ties are treated as
// undirected and parallel ties between two actors as one link whose weight is
// their number. Runs in a web worker in the app and in Node for exports.
import { UndirectedGraph } from 'graphology'
import louvain from 'graphology-communities-louvain'
import { centrality, DEFAULT_WORK_BUDGET, toAdjacency } from './centrality'

export * from './metrics-keys'

export interface MetricsInput {
  nodeIds: readonly number[]
  /** One entry per edge (bundle); parallel ones between a pair add up. */
  links: readonly { source: number; target: number; ties: number }[]
}

export interface MetricsResult {
  nodeIds: number[]
  degree: number[]
  weightedDegree: number[]
  betweenness: number[]
  closeness: number[]
  community: number[]
  communityCount: number
  /** False when betweenness and closeness were estimated from a sample of sources. */
  exact: boolean
  sources: number
  tookMs: number
}

/** Deterministic communities: the same graph gives the same grouping. */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4294967296
  }
}

export function computeMetrics(input: MetricsInput, budget = DEFAULT_WORK_BUDGET): MetricsResult {
  const started = performance.now()
  const index = new Map<number, number>()
  input.nodeIds.forEach((id, i) => index.set(id, i))
  const n = input.nodeIds.length
  const weights = new Map<number, number>()
  for (const link of input.links) {
    const a = index.get(link.source)
    const b = index.get(link.target)
    if (a === undefined || b === undefined || a === b) continue
    const key = a < b ? a * n + b : b * n + a
    weights.set(key, (weights.get(key) ?? 0) + link.ties)
  }
  const pairs: [number, number][] = []
  const degree = new Array<number>(n).fill(0)
  const weightedDegree = new Array<number>(n).fill(0)
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false })
  for (let i = 0; i < n; i += 1) graph.addNode(i)
  for (const [key, weight] of weights) {
    const a = Math.floor(key / n)
    const b = key % n
    pairs.push([a, b])
    degree[a]! += 1
    degree[b]! += 1
    weightedDegree[a]! += weight
    weightedDegree[b]! += weight
    graph.addEdge(a, b, { weight })
  }
  const { betweenness, closeness, exact, sources } = centrality(toAdjacency(n, pairs), budget)
  const community = new Array<number>(n).fill(0)
  let communityCount = n
  if (graph.size > 0) {
    const found = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seeded(n * 7919 + graph.size) })
    for (let i = 0; i < n; i += 1) community[i] = found.communities[String(i)] ?? 0
    communityCount = renumberBySize(community)
  } else {
    for (let i = 0; i < n; i += 1) community[i] = i
  }
  return {
    nodeIds: [...input.nodeIds],
    degree,
    weightedDegree,
    betweenness: [...betweenness],
    closeness: [...closeness],
    community,
    communityCount,
    exact,
    sources,
    tookMs: performance.now() - started,
  }
}

/** Community 1 is the largest, 2 the next, and so on; returns how many there are. */
function renumberBySize(community: number[]): number {
  const sizes = new Map<number, number>()
  for (const label of community) sizes.set(label, (sizes.get(label) ?? 0) + 1)
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])
  const renumbered = new Map(order.map(([label], i) => [label, i + 1]))
  for (let i = 0; i < community.length; i += 1) community[i] = renumbered.get(community[i]!)!
  return order.length
}
