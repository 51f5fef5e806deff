// GEXF 1.3 for Gephi: actors and ties with their attributes, metrics as actor
// attributes, colours and positions in the viz namespace, and dates as spells
// so Gephi's timeline shows the network as it stood at any time.
import { spanEnds, type ExportModel } from './export-model'
import { xmlText } from './xml-text'

type AttributeType = 'string' | 'integer' | 'double' | 'boolean'

const NODE_ATTRIBUTES: [string, AttributeType][] = [
  ['actor_type', 'string'],
  ['aliases', 'string'],
  ['degree', 'integer'],
  ['weighted_degree', 'integer'],
  ['betweenness', 'double'],
  ['closeness', 'double'],
  ['community', 'integer'],
  ['ties', 'integer'],
  ['evidence', 'integer'],
]

const EDGE_ATTRIBUTES: [string, AttributeType][] = [
  ['tie_type', 'string'],
  ['status', 'string'],
  ['confidence', 'string'],
  ['start_date', 'string'],
  ['end_date', 'string'],
  ['ongoing', 'boolean'],
  ['place', 'string'],
  ['description', 'string'],
  ['evidence', 'integer'],
  ['evidence_passages', 'string'],
]

export function writeGexf(model: ExportModel): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>Weft</creator><description>${xmlText(model.title)}</description></meta>`,
    '  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date" timerepresentation="interval">',
    '    <attributes class="node" mode="static">',
    ...NODE_ATTRIBUTES.map(
      ([name, type]) => `      <attribute id="${name}" title="${name}" type="${type}"/>`,
    ),
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    ...EDGE_ATTRIBUTES.map(
      ([name, type]) => `      <attribute id="${name}" title="${name}" type="${type}"/>`,
    ),
    '    </attributes>',
    '    <nodes>',
  ]
  for (const node of model.nodes) {
    lines.push(
      `      <node id="a${node.id}" label="${xmlText(node.name)}">`,
      ...attvalues([
        ['actor_type', node.type],
        ['aliases', node.aliases.join('; ')],
        ['degree', node.degree],
        ['weighted_degree', node.weightedDegree],
        ['betweenness', node.betweenness],
        ['closeness', node.closeness],
        ['community', node.community],
        ['ties', node.ties],
        ['evidence', node.evidence],
      ]),
      ...spells(node.span),
      ...(node.position
        ? [`        <viz:position x="${node.position[0]}" y="${-node.position[1]}" z="0"/>`]
        : []),
      `        <viz:size value="${(6 + 2 * Math.sqrt(node.degree)).toFixed(2)}"/>`,
      '      </node>',
    )
  }
  lines.push('    </nodes>', '    <edges>')
  for (const tie of model.ties) {
    const color = model.tieTypeColors.get(tie.type)
    lines.push(
      `      <edge id="t${tie.id}" source="a${tie.from}" target="a${tie.to}" type="${tie.directed ? 'directed' : 'undirected'}" label="${xmlText(tie.type)}" weight="${Math.max(1, tie.evidence)}">`,
      ...attvalues([
        ['tie_type', tie.type],
        ['status', tie.status],
        ['confidence', tie.confidence],
        ['start_date', tie.startDate],
        ['end_date', tie.endDate],
        ['ongoing', tie.ongoing],
        ['place', tie.place],
        ['description', tie.description || null],
        ['evidence', tie.evidence],
        ['evidence_passages', tie.evidenceIds.join(' ') || null],
      ]),
      ...spells(tie.span),
      ...(color ? [`        <viz:color ${rgb(color)}/>`] : []),
      '      </edge>',
    )
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '')
  return lines.join('\n')
}

function attvalues(values: [string, string | number | boolean | null][]): string[] {
  const present = values.filter(([, value]) => value !== null && value !== '')
  return [
    '        <attvalues>',
    ...present.map(([name, value]) => `          <attvalue for="${name}" value="${xmlText(value!)}"/>`),
    '        </attvalues>',
  ]
}

/** One spell per dated thing; none (always there) when undated. */
function spells(span: { from: string; to: string } | null): string[] {
  if (!span) return []
  const ends = spanEnds(span)
  const attributes = Object.entries(ends)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('')
  return ['        <spells>', `          <spell${attributes}/>`, '        </spells>']
}

function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16)
  return `r="${(value >> 16) & 255}" g="${(value >> 8) & 255}" b="${value & 255}"`
}
