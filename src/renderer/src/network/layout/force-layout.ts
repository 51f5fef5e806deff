// Runs the force-directed layout in its worker: new actors start near the
// neighbours already placed (or on a spiral), placed ones may be held still,
// and positions arrive as the layout refines. A newer run cancels the older.
import type { Graph } from '@shared/network/graph-filter'
import type { LayoutMessage, LayoutReply } from './layout-protocol'

export type Positions = Map<number, [number, number]>

export interface LayoutRun {
  /** Resolves with the final positions, or undefined when cancelled. */
  finished: Promise<Positions | undefined>
  cancel(): void
}

export interface LayoutOptions {
  /** Hold the actors in `positions` still and only place the others. */
  holdPlaced: boolean
  onPositions(positions: Positions, done: boolean): void
}

let worker: Worker | undefined
let nextId = 1

function layoutWorker(): Worker {
  worker ??= new Worker(new URL('./force-layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'weft-layout',
  })
  return worker
}

/** Starts the worker before the first layout is asked for, so its code is loaded by then. */
export function warmLayoutWorker(): void {
  layoutWorker()
}

/** How long to refine: small graphs reach a calm layout, large ones a readable one quickly. */
export function iterationsFor(nodeCount: number): { total: number; first: number } {
  if (nodeCount <= 200) return { total: 500, first: 100 }
  if (nodeCount <= 1000) return { total: 300, first: 40 }
  if (nodeCount <= 4000) return { total: 150, first: 15 }
  return { total: 60, first: 6 }
}

/** Where an actor without a place starts: amid its placed neighbours, else on a spiral. */
export function initialPositions(graph: Graph, placed: Positions): Positions {
  const start: Positions = new Map()
  const neighbours = new Map<number, number[]>()
  const link = (a: number, b: number) => {
    const list = neighbours.get(a)
    if (list) list.push(b)
    else neighbours.set(a, [b])
  }
  for (const edge of graph.edges) {
    link(edge.source, edge.target)
    link(edge.target, edge.source)
  }
  const spread = 40 * Math.sqrt(graph.nodes.length + 1)
  graph.nodes.forEach((node, index) => {
    const known = placed.get(node.id)
    if (known) {
      start.set(node.id, known)
      return
    }
    const around = (neighbours.get(node.id) ?? [])
      .map((id) => placed.get(id))
      .filter((p): p is [number, number] => !!p)
    // The golden angle spreads points evenly without randomness, so a layout can be repeated.
    const angle = index * 2.399963
    if (around.length > 0) {
      const cx = around.reduce((sum, p) => sum + p[0], 0) / around.length
      const cy = around.reduce((sum, p) => sum + p[1], 0) / around.length
      start.set(node.id, [cx + 30 * Math.cos(angle), cy + 30 * Math.sin(angle)])
    } else {
      const radius = spread * Math.sqrt((index + 0.5) / graph.nodes.length)
      start.set(node.id, [radius * Math.cos(angle), radius * Math.sin(angle)])
    }
  })
  return start
}

const EDGE_LENGTH = 110
/** Up to this many actors, the drawing follows the layout as it refines; past it, only first and last. */
const STREAMED_NODES = 800
/** Actors closer than this (centre to centre) are pushed apart, so none hides another. */
const MIN_GAP = 46

/** Past this many actors, overlaps are left to zooming in: separating them costs more than it gives. */
const SEPARATED_NODES = 3000

/** Pushes apart points closer than `gap`, a few rounds over a grid of `gap`-sized cells. */
export function separate(points: [number, number][], gap: number): void {
  if (points.length > SEPARATED_NODES) return
  for (let round = 0; round < 6; round += 1) {
    const cells = new Map<number, number[]>()
    // Cells keyed by one number: column and row, each shifted to be positive.
    const cellKey = (column: number, row: number) => (column + 50_000) * 100_000 + (row + 50_000)
    points.forEach(([x, y], i) => {
      const key = cellKey(Math.floor(x / gap), Math.floor(y / gap))
      const cell = cells.get(key)
      if (cell) cell.push(i)
      else cells.set(key, [i])
    })
    let moved = false
    points.forEach((point, i) => {
      const column = Math.floor(point[0] / gap)
      const row = Math.floor(point[1] / gap)
      for (let dx = -1; dx <= 1; dx += 1) {
        for (let dy = -1; dy <= 1; dy += 1) {
          for (const j of cells.get(cellKey(column + dx, row + dy)) ?? []) {
            if (j <= i) continue
            const other = points[j]!
            let ex = other[0] - point[0]
            let ey = other[1] - point[1]
            let distance = Math.hypot(ex, ey)
            if (distance >= gap) continue
            if (distance === 0) {
              // Exactly on top of each other: part them along a direction that depends on the pair.
              ex = Math.cos(i + j)
              ey = Math.sin(i + j)
              distance = 1e-9
            }
            const push = (gap - distance) / 2 / Math.max(distance, 1e-9)
            point[0] -= ex * push
            point[1] -= ey * push
            other[0] += ex * push
            other[1] += ey * push
            moved = true
          }
        }
      }
    })
    if (!moved) return
  }
}

/**
 * The factor that makes the median tie EDGE_LENGTH long, and at least gives each actor about
 * MIN_GAP square of room: early in a run ties are long against the whole drawing, and scaled by
 * them alone thousands of actors crowd into a few hundred pixels, drawn close up with every name.
 */
function scaleFor(xs: Float64Array, ys: Float64Array, edges: Int32Array): number {
  const lengths: number[] = []
  for (let k = 0; k < edges.length; k += 2) {
    const a = edges[k]!
    const b = edges[k + 1]!
    lengths.push(Math.hypot(xs[a]! - xs[b]!, ys[a]! - ys[b]!))
  }
  lengths.sort((p, q) => p - q)
  const median = lengths[Math.floor(lengths.length / 2)]
  const byTies = median && median > 0 ? EDGE_LENGTH / median : 1
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity]
  for (let i = 0; i < xs.length; i += 1) {
    x1 = Math.min(x1, xs[i]!)
    x2 = Math.max(x2, xs[i]!)
    y1 = Math.min(y1, ys[i]!)
    y2 = Math.max(y2, ys[i]!)
  }
  const area = (x2 - x1) * (y2 - y1)
  const byRoom = area > 0 ? Math.sqrt((xs.length * MIN_GAP * MIN_GAP) / area) : 0
  return Math.max(byTies, byRoom)
}

export function runForceLayout(graph: Graph, placed: Positions, options: LayoutOptions): LayoutRun {
  const id = nextId++
  const ids = graph.nodes.map((node) => node.id)
  const index = new Map(ids.map((actorId, i) => [actorId, i]))
  const start = initialPositions(graph, placed)
  const x = new Float64Array(ids.length)
  const y = new Float64Array(ids.length)
  const fixed = new Uint8Array(ids.length)
  ids.forEach((actorId, i) => {
    const [px, py] = start.get(actorId)!
    x[i] = px
    y[i] = py
    fixed[i] = options.holdPlaced && placed.has(actorId) ? 1 : 0
  })
  const edges = new Int32Array(graph.edges.length * 2)
  graph.edges.forEach((edge, k) => {
    edges[2 * k] = index.get(edge.source)!
    edges[2 * k + 1] = index.get(edge.target)!
  })
  const { total, first } = iterationsFor(ids.length)
  const target = layoutWorker()
  let settle: (positions: Positions | undefined) => void = () => undefined
  const finished = new Promise<Positions | undefined>((resolve) => (settle = resolve))
  // ForceAtlas2 settles at its own scale; a whole new layout is scaled so a typical tie is about
  // EDGE_LENGTH long, which suits the actors' sizes. Held actors fix the scale instead.
  const toPositions = (xs: Float64Array, ys: Float64Array): Positions => {
    const factor = options.holdPlaced ? 1 : scaleFor(xs, ys, edges)
    const scaled = ids.map((_, i): [number, number] => [xs[i]! * factor, ys[i]! * factor])
    if (!options.holdPlaced) separate(scaled, MIN_GAP)
    return new Map(ids.map((actorId, i) => [actorId, scaled[i]!]))
  }
  // Large graphs are drawn once first and once laid out; the worker waits for the first drawing.
  const waitAfterFirst = ids.length > STREAMED_NODES
  let resumed = false
  const onMessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data
    if (reply.id !== id) return
    if (reply.kind === 'failed') {
      stop()
      settle(undefined)
      console.error(`[weft] the layout failed: ${reply.message}`)
      return
    }
    const positions = toPositions(reply.x, reply.y)
    options.onPositions(positions, reply.done)
    // The first positions are drawn in the next frame; the refining goes on once they are.
    if (waitAfterFirst && !reply.done && !resumed) {
      resumed = true
      requestAnimationFrame(() =>
        setTimeout(() => target.postMessage({ kind: 'continue', id } satisfies LayoutMessage), 0),
      )
    }
    if (reply.done) {
      stop()
      settle(positions)
    }
  }
  const stop = () => target.removeEventListener('message', onMessage)
  target.addEventListener('message', onMessage)
  const message: LayoutMessage = {
    kind: 'run',
    request: {
      id,
      nodeCount: ids.length,
      edges,
      x,
      y,
      fixed,
      iterations: ids.length < 2 ? 1 : total,
      firstBatch: first,
      everyBatch: ids.length <= STREAMED_NODES,
      waitAfterFirst,
    },
  }
  // The edges stay readable here (they measure the scale); the rest moves to the worker.
  target.postMessage(message, [x.buffer, y.buffer, fixed.buffer])
  return {
    finished,
    cancel() {
      stop()
      target.postMessage({ kind: 'cancel', id } satisfies LayoutMessage)
      settle(undefined)
    },
  }
}
