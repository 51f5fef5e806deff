// The force-directed layout (ForceAtlas2 with Barnes-Hut for large graphs),
// run off the window's thread: positions are sent after a first short batch
// so the graph shows at once, then refined batch by batch until done or
// cancelled. Actors already placed can be held still while new ones settle.
import { UndirectedGraph } from 'graphology'
import forceAtlas2 from 'graphology-layout-forceatlas2'
import type { LayoutMessage, LayoutReply, LayoutRequest } from './layout-protocol'

const BATCH = 40
let current = 0
/** Resumes a run waiting for its first positions to be drawn (also on cancel, so it can end). */
let resume: (() => void) | undefined

const post = (reply: LayoutReply) => (self as unknown as Worker).postMessage(reply)

self.onmessage = (event: MessageEvent<LayoutMessage>) => {
  const message = event.data
  if (message.kind === 'cancel' || message.kind === 'continue') {
    if (message.kind === 'cancel' && current === message.id) current = 0
    if (message.kind === 'cancel' || current === message.id) resume?.()
    return
  }
  resume?.()
  current = message.request.id
  run(message.request).catch((error: unknown) =>
    post({
      id: message.request.id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    }),
  )
}

async function run(request: LayoutRequest): Promise<void> {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false })
  for (let i = 0; i < request.nodeCount; i += 1) {
    graph.addNode(i, { x: request.x[i], y: request.y[i], fixed: request.fixed[i] === 1 })
  }
  for (let k = 0; k < request.edges.length; k += 2) graph.mergeEdge(request.edges[k]!, request.edges[k + 1]!)
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: request.nodeCount > 400,
    scalingRatio: 12,
  }
  let done = 0
  while (done < request.iterations) {
    const batch = Math.min(done === 0 ? request.firstBatch : BATCH, request.iterations - done)
    forceAtlas2.assign(graph, { iterations: batch, settings })
    done += batch
    const x = new Float64Array(request.nodeCount)
    const y = new Float64Array(request.nodeCount)
    graph.forEachNode((node, attributes) => {
      x[Number(node)] = attributes.x as number
      y[Number(node)] = attributes.y as number
    })
    const finished = done >= request.iterations
    if (finished || request.everyBatch || done === batch) {
      post({ id: request.id, kind: 'positions', x, y, done: finished, iterations: done })
    }
    if (finished) return
    if (done === batch && request.waitAfterFirst) {
      let wake = () => undefined as void
      const drawn = new Promise<void>((resolve) => (wake = resolve))
      resume = wake
      await drawn
      // A newer run may be waiting by now; its wake-up stays.
      if (resume === wake) resume = undefined
    }
    // Let a cancel (or a newer request) in between batches.
    await new Promise((resolve) => setTimeout(resolve, 0))
    if (current !== request.id) return
  }
}
