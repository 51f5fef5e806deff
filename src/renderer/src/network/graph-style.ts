// How actors look: shape and colour by actor type, size by degree, evidence
// or a metric, colour by community or a metric. Pure, so the canvas, the SVG
// export and the legend agree.

export const ACTOR_TYPE_STYLE: Record<string, { color: string; shape: string }> = {
  person: { color: '#d9822b', shape: 'ellipse' },
  organisation: { color: '#2f80c0', shape: 'round-rectangle' },
  'government body': { color: '#6a5acd', shape: 'round-hexagon' },
  'armed group': { color: '#c0392b', shape: 'round-triangle' },
  country: { color: '#2e9e6e', shape: 'round-diamond' },
  place: { color: '#8e8e3a', shape: 'round-tag' },
  event: { color: '#b5489c', shape: 'star' },
  other: { color: '#7f8c8d', shape: 'barrel' },
}

/** Distinct colours for communities and for actor types a researcher added. */
export const CATEGORY_PALETTE = [
  '#2f80c0',
  '#d9822b',
  '#2e9e6e',
  '#c0392b',
  '#6a5acd',
  '#b5489c',
  '#8e8e3a',
  '#17a2b8',
  '#e05d8a',
  '#5d6d7e',
  '#a0522d',
  '#3cb371',
]

function hash(text: string): number {
  let value = 0
  for (let i = 0; i < text.length; i += 1) value = (value * 31 + text.charCodeAt(i)) | 0
  return Math.abs(value)
}

export function actorTypeStyle(type: string): { color: string; shape: string } {
  return (
    ACTOR_TYPE_STYLE[type] ?? {
      color: CATEGORY_PALETTE[hash(type) % CATEGORY_PALETTE.length]!,
      shape: 'ellipse',
    }
  )
}

export function categoryColor(index: number): string {
  return CATEGORY_PALETTE[(index - 1 + CATEGORY_PALETTE.length) % CATEGORY_PALETTE.length]!
}

export const MIN_NODE_SIZE = 18
export const MAX_NODE_SIZE = 62

/** Sizes by the square root of the value (so area follows it), from the smallest to the largest. */
export function sizeScale(values: readonly number[]): (value: number) => number {
  const max = values.reduce((best, value) => Math.max(best, value), 0)
  if (max <= 0) return () => MIN_NODE_SIZE
  return (value) => MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.max(0, value) / max)
}

// A sequential scale readable on light and dark backgrounds: pale teal to deep indigo.
const SEQUENTIAL: [number, number, number][] = [
  [159, 218, 200],
  [74, 170, 180],
  [52, 110, 170],
  [58, 54, 140],
]

export function sequentialColor(fraction: number): string {
  const t = Math.min(1, Math.max(0, fraction)) * (SEQUENTIAL.length - 1)
  const i = Math.min(SEQUENTIAL.length - 2, Math.floor(t))
  const f = t - i
  const [a, b] = [SEQUENTIAL[i]!, SEQUENTIAL[i + 1]!]
  const channel = (k: number) => Math.round(a[k]! + (b[k]! - a[k]!) * f)
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`
}

export function colorScale(values: readonly number[]): (value: number) => string {
  const max = values.reduce((best, value) => Math.max(best, value), 0)
  const min = values.reduce((best, value) => Math.min(best, value), max)
  const span = max - min
  return (value) => sequentialColor(span > 0 ? (value - min) / span : 0)
}

/** Edge width by evidence passages: one line for none, growing slowly. */
export function edgeWidth(evidence: number): number {
  return Math.min(9, 1.4 + 1.3 * Math.sqrt(evidence))
}
