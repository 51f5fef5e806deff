// A named way of looking at the network: filters, layout, what sizes and
// colours the actors, an optional period comparison, and where each actor sits.
import type { GraphFilter } from './graph-filter'
import type { MetricKey } from './metrics-keys'
import type { Period } from './period-compare'

export const LAYOUT_NAMES = ['force', 'concentric', 'circle', 'grid', 'breadthfirst'] as const
export type LayoutName = (typeof LAYOUT_NAMES)[number]

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force-directed',
  concentric: 'Concentric',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Breadth-first',
}

export const NODE_SIZE_BY = ['degree', 'evidence', 'weightedDegree', 'betweenness', 'closeness'] as const
export type NodeSizeBy = (typeof NODE_SIZE_BY)[number]

export const NODE_COLOR_BY = [
  'type',
  'community',
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
] as const
export type NodeColorBy = (typeof NODE_COLOR_BY)[number]

export interface NetworkViewSettings {
  filter: GraphFilter
  layout: LayoutName
  sizeBy: NodeSizeBy
  colorBy: NodeColorBy
  compare: { a: Period; b: Period } | null
}

/** Actor id (as a string) to its position on the canvas. */
export type NodePositions = Record<string, [number, number]>

export interface SavedNetworkView {
  id: number
  name: string
  settings: NetworkViewSettings
  positions: NodePositions
  createdAt: string
  updatedAt: string
}

export type { MetricKey }
