// Messages between the window and the force-layout worker.

export interface LayoutRequest {
  id: number
  nodeCount: number
  /** Pairs of node indexes, flattened: a0, b0, a1, b1, ... */
  edges: Int32Array
  x: Float64Array
  y: Float64Array
  /** 1 for nodes that keep their place (laid out before), 0 for those that move. */
  fixed: Uint8Array
  iterations: number
  /** Iterations before the first positions are sent, so something shows early. */
  firstBatch: number
  /** Send the positions after every batch, not only the first and the last (drawing a large graph costs). */
  everyBatch: boolean
  /**
   * Wait after the first positions until the window says it has drawn them: on a large graph the
   * window's first drawing and the refining would otherwise share the same cores.
   */
  waitAfterFirst: boolean
}

export type LayoutReply =
  | { id: number; kind: 'positions'; x: Float64Array; y: Float64Array; done: boolean; iterations: number }
  | { id: number; kind: 'failed'; message: string }

export type LayoutMessage =
  | { kind: 'run'; request: LayoutRequest }
  | { kind: 'cancel'; id: number }
  /** The first positions are drawn: refine on. */
  | { kind: 'continue'; id: number }
