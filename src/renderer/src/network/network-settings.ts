// What the view starts with, and the labels of its choices.
import { OPEN_FILTER } from '@shared/network/graph-filter'
import type { NetworkData } from '@shared/network/network-data'
import type { NetworkViewSettings, NodeColorBy, NodeSizeBy } from '@shared/network/views'

export function defaultSettings(data: NetworkData | undefined): NetworkViewSettings {
  return {
    // With no tie yet, every actor shows, so the first tie can be drawn between two of them.
    filter: { ...OPEN_FILTER, includeIsolated: data !== undefined && data.ties.length === 0 },
    layout: 'force',
    sizeBy: 'degree',
    colorBy: 'type',
    compare: null,
  }
}

export const SIZE_BY_LABELS: Record<NodeSizeBy, string> = {
  degree: 'Degree',
  evidence: 'Evidence',
  weightedDegree: 'Weighted degree',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
}

export const COLOR_BY_LABELS: Record<NodeColorBy, string> = {
  type: 'Actor type',
  community: 'Community',
  degree: 'Degree',
  weightedDegree: 'Weighted degree',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
}

/** What the panel at the right shows. */
export type Panel = 'selection' | 'metrics' | 'compare' | 'suggestions'
