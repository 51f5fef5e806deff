// The metrics of the graph on screen, computed in a worker when something
// needs them (the table, or sizing or colouring by a metric). A new graph
// stops the computation under way: the worker is replaced rather than queued.
import { useEffect, useState } from 'react'
import type { Graph } from '@shared/network/graph-filter'
import type { MetricsResult } from '@shared/network/metrics'
import type { MetricsReply, MetricsRequest } from './metrics.worker'

export interface MetricsState {
  result: MetricsResult | undefined
  busy: boolean
  error: string | undefined
}

let worker: Worker | undefined
let busyWith = 0
let nextId = 1

function metricsWorker(): Worker {
  worker ??= new Worker(new URL('./metrics.worker.ts', import.meta.url), {
    type: 'module',
    name: 'weft-metrics',
  })
  return worker
}

/** Computes the metrics of `graph` in the worker; replaces the worker if it is busy with an older graph. */
export function computeInWorker(graph: Graph): { result: Promise<MetricsResult>; cancel(): void } {
  if (busyWith !== 0) {
    worker?.terminate()
    worker = undefined
  }
  const id = nextId++
  busyWith = id
  const target = metricsWorker()
  let onMessage: (event: MessageEvent<MetricsReply>) => void = () => undefined
  const result = new Promise<MetricsResult>((resolve, reject) => {
    onMessage = (event) => {
      if (event.data.id !== id) return
      target.removeEventListener('message', onMessage)
      if (busyWith === id) busyWith = 0
      if ('error' in event.data) reject(new Error(event.data.error))
      else resolve(event.data.result)
    }
    target.addEventListener('message', onMessage)
  })
  const request: MetricsRequest = {
    id,
    input: {
      nodeIds: graph.nodes.map((node) => node.id),
      links: graph.edges.map((edge) => ({
        source: edge.source,
        target: edge.target,
        ties: edge.tieIds.length,
      })),
    },
  }
  target.postMessage(request)
  return {
    result,
    cancel: () => target.removeEventListener('message', onMessage),
  }
}

export function useMetrics(graph: Graph, wanted: boolean): MetricsState {
  const [state, setState] = useState<{ graph?: Graph; result?: MetricsResult; error?: string }>({})
  useEffect(() => {
    if (!wanted) return
    const run = computeInWorker(graph)
    let live = true
    run.result.then(
      (result) => live && setState({ graph, result }),
      (error: unknown) =>
        live && setState({ graph, error: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      live = false
      run.cancel()
    }
  }, [graph, wanted])
  // Results of an older graph are kept while the new ones are computed, so colours do not flicker.
  return {
    result: state.result,
    busy: wanted && state.graph !== graph,
    error: state.graph === graph ? state.error : undefined,
  }
}
