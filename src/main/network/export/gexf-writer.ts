// GEXF 1.3 for Gephi: actors and ties with their attributes, metrics as actor
// attributes, colours and positions in the viz namespace, and dates as spells
// so Gephi's timeline shows the network as it stood at any time.
import { spanEnds, type ExportModel } from './export-model'
import { ACTOR_ATTRIBUTES, presentValues, tieAttributes, type GraphAttribute } from './graph-attributes'
import { xmlText } from './xml-text'

const TIE_ATTRIBUTES = tieAttributes({ start: 'start_date', end: 'end_date' })

export function writeGexf(model: ExportModel): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>Weft</creator><description>${xmlText(model.title)}</description></meta>`,
    '  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date" timerepresentation="interval">',
    ...declarations('node', ACTOR_ATTRIBUTES),
    ...declarations('edge', TIE_ATTRIBUTES),
    '    <nodes>',
  ]
  for (const node of model.nodes) {
    lines.push(
      `      <node id="a${node.id}" label="${xmlText(node.name)}">`,
      ...attvalues(presentValues(ACTOR_ATTRIBUTES, node)),
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
      ...attvalues(presentValues(TIE_ATTRIBUTES, tie)),
      ...spells(tie.span),
      ...(color ? [`        <viz:color ${rgb(color)}/>`] : []),
      '      </edge>',
    )
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '')
  return lines.join('\n')
}

function declarations<T>(of: 'node' | 'edge', attributes: GraphAttribute<T>[]): string[] {
  return [
    `    <attributes class="${of}" mode="static">`,
    ...attributes.map(({ name, kind }) => `      <attribute id="${name}" title="${name}" type="${kind}"/>`),
    '    </attributes>',
  ]
}

function attvalues(values: [string, string | number | boolean][]): string[] {
  return [
    '        <attvalues>',
    ...values.map(([name, value]) => `          <attvalue for="${name}" value="${xmlText(value)}"/>`),
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
