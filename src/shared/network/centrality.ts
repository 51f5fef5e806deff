// Betweenness (Brandes) and closeness over an undirected, unweighted graph in
// compressed adjacency arrays: one breadth-first search per source serves
// both. Exact while the work fits a budget; past it, sources are sampled per
// connected component (Brandes & Pich) and the result says so.
//
// Conventions follow graphology-metrics, the reference the tests compare with:
// betweenness normalised by 1 / ((n - 1)(n - 2)); closeness = reached / sum of
// distances within the actor's component (0 when alone).

export interface Adjacency {
  /** Neighbours of node i are adjacency[offsets[i]] .. adjacency[offsets[i + 1] - 1]. */
  offsets: Int32Array
  adjacency: Int32Array
}

export interface Centrality {
  betweenness: Float64Array
  closeness: Float64Array
  /** True when every node was a source; false when sampled. */
  exact: boolean
  sources: number
}

/** Breadth-first steps allowed before sampling: a few seconds in a worker on a slow laptop. */
export const DEFAULT_WORK_BUDGET = 100_000_000
/** Components this small are always computed exactly. */
const SMALL_COMPONENT = 64

export function toAdjacency(nodeCount: number, edges: readonly (readonly [number, number])[]): Adjacency {
  const degree = new Int32Array(nodeCount)
  for (const [a, b] of edges) {
    degree[a]! += 1
    degree[b]! += 1
  }
  const offsets = new Int32Array(nodeCount + 1)
  for (let i = 0; i < nodeCount; i += 1) offsets[i + 1] = offsets[i]! + degree[i]!
  const adjacency = new Int32Array(offsets[nodeCount]!)
  const fill = offsets.slice(0, nodeCount)
  for (const [a, b] of edges) {
    adjacency[fill[a]!++] = b
    adjacency[fill[b]!++] = a
  }
  return { offsets, adjacency }
}

/** Component label of every node, and each component's node count and adjacency size. */
function components(graph: Adjacency, n: number): { label: Int32Array; size: number[]; links: number[] } {
  const label = new Int32Array(n).fill(-1)
  const queue = new Int32Array(n)
  const size: number[] = []
  const links: number[] = []
  for (let start = 0; start < n; start += 1) {
    if (label[start] !== -1) continue
    const id = size.length
    let head = 0
    let tail = 0
    let adjacencySize = 0
    queue[tail++] = start
    label[start] = id
    while (head < tail) {
      const v = queue[head++]!
      const end = graph.offsets[v + 1]!
      adjacencySize += end - graph.offsets[v]!
      for (let j = graph.offsets[v]!; j < end; j += 1) {
        const w = graph.adjacency[j]!
        if (label[w] === -1) {
          label[w] = id
          queue[tail++] = w
        }
      }
    }
    size.push(tail)
    links.push(adjacencySize)
  }
  return { label, size, links }
}

/** A small deterministic generator, so the same graph gives the same sample. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The sources to search from, each with the weight its accumulations carry. */
function chooseSources(
  graph: Adjacency,
  n: number,
  budget: number,
): { sources: Int32Array; weights: Float64Array; exact: boolean } {
  const { label, size, links } = components(graph, n)
  let work = 0
  for (let c = 0; c < size.length; c += 1) work += size[c]! * (size[c]! + links[c]!)
  if (work <= budget) {
    const sources = new Int32Array(n)
    for (let i = 0; i < n; i += 1) sources[i] = i
    return { sources, weights: new Float64Array(n).fill(1), exact: true }
  }
  const ratio = budget / work
  const members: number[][] = size.map(() => [])
  for (let i = 0; i < n; i += 1) members[label[i]!]!.push(i)
  const random = seededRandom(n * 31 + graph.adjacency.length)
  const chosen: number[] = []
  const weights: number[] = []
  let exact = true
  for (const nodes of members) {
    const want =
      nodes.length <= SMALL_COMPONENT ? nodes.length : Math.max(2, Math.round(nodes.length * ratio))
    if (want >= nodes.length) {
      for (const node of nodes) {
        chosen.push(node)
        weights.push(1)
      }
      continue
    }
    exact = false
    // Partial Fisher-Yates: the first `want` entries become a uniform sample.
    for (let i = 0; i < want; i += 1) {
      const j = i + Math.floor(random() * (nodes.length - i))
      const swap = nodes[i]!
      nodes[i] = nodes[j]!
      nodes[j] = swap
      chosen.push(nodes[i]!)
      weights.push(nodes.length / want)
    }
  }
  return { sources: Int32Array.from(chosen), weights: Float64Array.from(weights), exact }
}

export function centrality(graph: Adjacency, budget = DEFAULT_WORK_BUDGET): Centrality {
  const n = graph.offsets.length - 1
  const { offsets, adjacency } = graph
  const { sources, weights, exact } = chooseSources(graph, n, budget)
  const betweenness = new Float64Array(n)
  const distanceSum = new Float64Array(n)
  const sourcesReaching = new Float64Array(n)
  const sigma = new Float64Array(n)
  const delta = new Float64Array(n)
  const distance = new Int32Array(n).fill(-1)
  // Nodes in the order the search reached them: the queue going forward, the stack going back.
  const order = new Int32Array(n)

  for (let k = 0; k < sources.length; k += 1) {
    const s = sources[k]!
    const weight = weights[k]!
    let head = 0
    let tail = 0
    order[tail++] = s
    distance[s] = 0
    sigma[s] = 1
    while (head < tail) {
      const v = order[head++]!
      const next = distance[v]! + 1
      const paths = sigma[v]!
      for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j += 1) {
        const w = adjacency[j]!
        if (distance[w] === -1) {
          distance[w] = next
          order[tail++] = w
        }
        if (distance[w] === next) sigma[w]! += paths
      }
    }
    for (let i = tail - 1; i >= 0; i -= 1) {
      const w = order[i]!
      const previous = distance[w]! - 1
      const share = (1 + delta[w]!) / sigma[w]!
      for (let j = offsets[w]!, end = offsets[w + 1]!; j < end; j += 1) {
        const v = adjacency[j]!
        if (distance[v] === previous) delta[v]! += sigma[v]! * share
      }
      if (w !== s) {
        betweenness[w]! += delta[w]! * weight
        distanceSum[w]! += distance[w]!
        sourcesReaching[w]! += 1
      }
    }
    for (let i = 0; i < tail; i += 1) {
      const w = order[i]!
      distance[w] = -1
      sigma[w] = 0
      delta[w] = 0
    }
  }

  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1
  const closeness = new Float64Array(n)
  for (let v = 0; v < n; v += 1) {
    betweenness[v]! *= scale
    // Distances are symmetric, so the mean distance from the sources that reached v is
    // v's mean distance to its component (exactly so when every node was a source).
    closeness[v] = sourcesReaching[v]! > 0 && distanceSum[v]! > 0 ? sourcesReaching[v]! / distanceSum[v]! : 0
  }
  return { betweenness, closeness, exact, sources: sources.length }
}
