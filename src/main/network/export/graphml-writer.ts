// GraphML (yEd, Gephi, NetworkX, igraph): actors as nodes with their type,
// aliases and metrics; each tie as an edge, directed or not, with its type,
// status, confidence, dates, place, description and evidence.
import type { ExportModel } from './export-model'
import { xmlText } from './xml-text'

type KeyType = 'string' | 'int' | 'double' | 'boolean'

const NODE_KEYS: [string, KeyType][] = [
  ['label', 'string'],
  ['actor_type', 'string'],
  ['aliases', 'string'],
  ['degree', 'int'],
  ['weighted_degree', 'int'],
  ['betweenness', 'double'],
  ['closeness', 'double'],
  ['community', 'int'],
  ['ties', 'int'],
  ['evidence', 'int'],
  ['x', 'double'],
  ['y', 'double'],
]

const EDGE_KEYS: [string, KeyType][] = [
  ['label', 'string'],
  ['tie_type', 'string'],
  ['color', 'string'],
  ['status', 'string'],
  ['confidence', 'string'],
  ['start', 'string'],
  ['end', 'string'],
  ['ongoing', 'boolean'],
  ['place', 'string'],
  ['description', 'string'],
  ['evidence', 'int'],
  ['evidence_passages', 'string'],
  ['weight', 'double'],
]

export function writeGraphml(model: ExportModel): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(([name, type]) => key('node', name, type)),
    ...EDGE_KEYS.map(([name, type]) => key('edge', name, type)),
    `  <graph id="${xmlText(model.title)}" edgedefault="undirected">`,
  ]
  for (const node of model.nodes) {
    const values: [string, string | number | null][] = [
      ['label', node.name],
      ['actor_type', node.type],
      ['aliases', node.aliases.join('; ')],
      ['degree', node.degree],
      ['weighted_degree', node.weightedDegree],
      ['betweenness', node.betweenness],
      ['closeness', node.closeness],
      ['community', node.community],
      ['ties', node.ties],
      ['evidence', node.evidence],
      ['x', node.position?.[0] ?? null],
      ['y', node.position?.[1] ?? null],
    ]
    lines.push(`    <node id="a${node.id}">`, ...data('node', values), '    </node>')
  }
  for (const tie of model.ties) {
    const values: [string, string | number | boolean | null][] = [
      ['label', tie.type],
      ['tie_type', tie.type],
      ['color', model.tieTypeColors.get(tie.type) ?? null],
      ['status', tie.status],
      ['confidence', tie.confidence],
      ['start', tie.startDate],
      ['end', tie.endDate],
      ['ongoing', tie.ongoing],
      ['place', tie.place],
      ['description', tie.description || null],
      ['evidence', tie.evidence],
      ['evidence_passages', tie.evidenceIds.join(' ') || null],
      ['weight', Math.max(1, tie.evidence)],
    ]
    lines.push(
      `    <edge id="t${tie.id}" source="a${tie.from}" target="a${tie.to}" directed="${tie.directed}">`,
      ...data('edge', values),
      '    </edge>',
    )
  }
  lines.push('  </graph>', '</graphml>', '')
  return lines.join('\n')
}

function key(on: 'node' | 'edge', name: string, type: KeyType): string {
  return `  <key id="${on[0]}_${name}" for="${on}" attr.name="${name}" attr.type="${type}"/>`
}

function data(on: 'node' | 'edge', values: [string, string | number | boolean | null][]): string[] {
  return values
    .filter(([, value]) => value !== null && value !== '')
    .map(([name, value]) => `      <data key="${on[0]}_${name}">${xmlText(value!)}</data>`)
}
