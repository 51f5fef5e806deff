// The metrics Weft computes for each actor, by name, without the code that
// computes them (so the contract and the renderer's main bundle stay light).

export const METRIC_KEYS = ['degree', 'weightedDegree', 'betweenness', 'closeness', 'community'] as const
export type MetricKey = (typeof METRIC_KEYS)[number]

export const METRIC_LABELS: Record<MetricKey, string> = {
  degree: 'Degree',
  weightedDegree: 'Weighted degree',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  community: 'Community',
}
