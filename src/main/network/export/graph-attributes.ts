// What a graph file says about each actor and each tie, listed once for the
// GraphML and GEXF writers so that both carry the same facts under the same
// names. Each format adds what only it has its own way: GraphML a label,
// colour, weight and position as data; GEXF a label, weight, colour, size and
// position as its own markup, and dates as spells.
import type { ExportNode, ExportTie } from './export-model'

export type AttributeKind = 'string' | 'integer' | 'double' | 'boolean'
export type AttributeValue = string | number | boolean | null

export interface GraphAttribute<T> {
  name: string
  kind: AttributeKind
  of(item: T): AttributeValue
}

export const ACTOR_ATTRIBUTES: GraphAttribute<ExportNode>[] = [
  { name: 'actor_type', kind: 'string', of: (node) => node.type },
  { name: 'aliases', kind: 'string', of: (node) => node.aliases.join('; ') },
  { name: 'degree', kind: 'integer', of: (node) => node.degree },
  { name: 'weighted_degree', kind: 'integer', of: (node) => node.weightedDegree },
  { name: 'betweenness', kind: 'double', of: (node) => node.betweenness },
  { name: 'closeness', kind: 'double', of: (node) => node.closeness },
  { name: 'community', kind: 'integer', of: (node) => node.community },
  { name: 'ties', kind: 'integer', of: (node) => node.ties },
  { name: 'evidence', kind: 'integer', of: (node) => node.evidence },
]

/** A tie's dates are `start` and `end` in GraphML; GEXF keeps those words for its spells. */
export function tieAttributes(dates: { start: string; end: string }): GraphAttribute<ExportTie>[] {
  return [
    { name: 'tie_type', kind: 'string', of: (tie) => tie.type },
    { name: 'status', kind: 'string', of: (tie) => tie.status },
    { name: 'confidence', kind: 'string', of: (tie) => tie.confidence },
    { name: dates.start, kind: 'string', of: (tie) => tie.startDate },
    { name: dates.end, kind: 'string', of: (tie) => tie.endDate },
    { name: 'ongoing', kind: 'boolean', of: (tie) => tie.ongoing },
    { name: 'place', kind: 'string', of: (tie) => tie.place },
    { name: 'description', kind: 'string', of: (tie) => tie.description || null },
    { name: 'evidence', kind: 'integer', of: (tie) => tie.evidence },
    { name: 'evidence_passages', kind: 'string', of: (tie) => tie.evidenceIds.join(' ') || null },
  ]
}

/** An item's values by attribute name, leaving out the missing and the empty: files omit them. */
export function presentValues<T>(
  attributes: GraphAttribute<T>[],
  item: T,
): [string, string | number | boolean][] {
  const present: [string, string | number | boolean][] = []
  for (const attribute of attributes) {
    const value = attribute.of(item)
    if (value !== null && value !== '') present.push([attribute.name, value])
  }
  return present
}
