// Network metrics off the window's thread (see @shared/network/metrics).
import { computeMetrics, type MetricsInput, type MetricsResult } from '@shared/network/metrics'

export interface MetricsRequest {
  id: number
  input: MetricsInput
}

export type MetricsReply = { id: number; result: MetricsResult } | { id: number; error: string }

self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  const { id, input } = event.data
  let reply: MetricsReply
  try {
    reply = { id, result: computeMetrics(input) }
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) }
  }
  ;(self as unknown as Worker).postMessage(reply)
}
