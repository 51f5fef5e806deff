// GraphML (yEd, Gephi, NetworkX, igraph): actors as nodes with their type,
// aliases and metrics; each tie as an edge, directed or not, with its type,
// status, confidence, dates, place, description and evidence.
import type { ExportModel } from './export-model'
import { ACTOR_ATTRIBUTES, presentValues, tieAttributes, type AttributeKind } from './graph-attributes'
import { xmlText } from './xml-text'

const TIE_ATTRIBUTES = tieAttributes({ start: 'start', end: 'end' })

type DataValue = string | number | boolean

export function writeGraphml(model: ExportModel): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    key('node', 'label', 'string'),
    ...ACTOR_ATTRIBUTES.map(({ name, kind }) => key('node', name, kind)),
    key('node', 'x', 'double'),
    key('node', 'y', 'double'),
    key('edge', 'label', 'string'),
    key('edge', 'color', 'string'),
    ...TIE_ATTRIBUTES.map(({ name, kind }) => key('edge', name, kind)),
    key('edge', 'weight', 'double'),
    `  <graph id="${xmlText(model.title)}" edgedefault="undirected">`,
  ]
  for (const node of model.nodes) {
    const values: [string, DataValue][] = [['label', node.name], ...presentValues(ACTOR_ATTRIBUTES, node)]
    if (node.position) values.push(['x', node.position[0]], ['y', node.position[1]])
    lines.push(`    <node id="a${node.id}">`, ...data('node', values), '    </node>')
  }
  for (const tie of model.ties) {
    const values: [string, DataValue][] = [['label', tie.type]]
    const color = model.tieTypeColors.get(tie.type)
    if (color) values.push(['color', color])
    values.push(...presentValues(TIE_ATTRIBUTES, tie), ['weight', Math.max(1, tie.evidence)])
    lines.push(
      `    <edge id="t${tie.id}" source="a${tie.from}" target="a${tie.to}" directed="${tie.directed}">`,
      ...data('edge', values),
      '    </edge>',
    )
  }
  lines.push('  </graph>', '</graphml>', '')
  return lines.join('\n')
}

function key(on: 'node' | 'edge', name: string, kind: AttributeKind): string {
  const type = kind === 'integer' ? 'int' : kind
  return `  <key id="${on[0]}_${name}" for="${on}" attr.name="${name}" attr.type="${type}"/>`
}

function data(on: 'node' | 'edge', values: [string, DataValue][]): string[] {
  return values.map(([name, value]) => `      <data key="${on[0]}_${name}">${xmlText(value)}</data>`)
}
