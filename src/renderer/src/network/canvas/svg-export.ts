// The network as drawn, as an SVG document written from Cytoscape's model:
// actors with their shape, colour and name; edges straight or curved as on
// screen, dashed when alleged, with arrows when directed. Vector, so a report
// can scale it; text stays text (Arabic names included).
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape'
import type { Theme } from './cy-style'

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const round = (value: number) => Math.round(value * 100) / 100

/** The outline of a node shape of unit radius, as polygon points; undefined for a circle. */
function outline(shape: string): [number, number][] | undefined {
  const regular = (sides: number, rotate = -Math.PI / 2): [number, number][] =>
    Array.from({ length: sides }, (_, i) => {
      const angle = rotate + (2 * Math.PI * i) / sides
      return [Math.cos(angle), Math.sin(angle)]
    })
  const kind = shape.replace(/^round-/, '')
  switch (kind) {
    case 'rectangle':
    case 'barrel':
      return [
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, 1],
      ]
    case 'triangle':
      return [
        [0, -1],
        [1, 1],
        [-1, 1],
      ]
    case 'diamond':
      return [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]
    case 'hexagon':
      return regular(6, 0)
    case 'octagon':
      return regular(8, Math.PI / 8)
    case 'tag':
      return [
        [-1, -1],
        [0.4, -1],
        [1, 0],
        [0.4, 1],
        [-1, 1],
      ]
    case 'star':
      return Array.from({ length: 10 }, (_, i): [number, number] => {
        const radius = i % 2 === 0 ? 1 : 0.45
        const angle = -Math.PI / 2 + (Math.PI * i) / 5
        return [radius * Math.cos(angle), radius * Math.sin(angle)]
      })
    default:
      return undefined
  }
}

function nodeSvg(node: NodeSingular, theme: Theme): string {
  const { x, y } = node.position()
  const size = Number(node.data('size')) || 24
  const radius = size / 2
  const fill = String(node.data('color'))
  const shape = String(node.data('shape'))
  const points = outline(shape)
  const rounded = shape.startsWith('round-') || shape === 'barrel'
  const body = points
    ? `<polygon points="${points.map(([px, py]) => `${round(x + px * radius)},${round(y + py * radius)}`).join(' ')}"${rounded ? ' stroke-linejoin="round"' : ''}/>`
    : `<circle cx="${round(x)}" cy="${round(y)}" r="${round(radius)}"/>`
  const label = `<text x="${round(x)}" y="${round(y + radius + 13)}">${esc(String(node.data('label')))}</text>`
  return `<g fill="${esc(fill)}" stroke="${esc(theme.background)}" stroke-width="1.5">${body}</g>${label}`
}

function edgeSvg(edge: EdgeSingular): string {
  const source = edge.sourceEndpoint()
  const target = edge.targetEndpoint()
  const color = esc(String(edge.style('line-color')))
  const width = round(Number.parseFloat(String(edge.style('width'))) || 1.5)
  const controls = edge.controlPoints?.() ?? []
  const path =
    controls.length > 0
      ? `M${round(source.x)},${round(source.y)} Q${round(controls[0]!.x)},${round(controls[0]!.y)} ${round(target.x)},${round(target.y)}`
      : `M${round(source.x)},${round(source.y)} L${round(target.x)},${round(target.y)}`
  const style = String(edge.style('line-style'))
  const dash =
    style === 'dashed' ? ' stroke-dasharray="6 4"' : style === 'dotted' ? ' stroke-dasharray="1.5 3"' : ''
  const arrow = edge.hasClass('directed')
    ? ` marker-end="url(#arrow-${color.replace(/[^a-z0-9]/gi, '')})"`
    : ''
  const count = String(edge.data('count') ?? '')
  const mid = edge.midpoint()
  const label = count
    ? `<text class="count" x="${round(mid.x)}" y="${round(mid.y - 4)}">${esc(count)}</text>`
    : ''
  return `<path d="${path}" stroke="${color}" stroke-width="${width}" fill="none" opacity="0.85"${dash}${arrow}/>${label}`
}

export function networkSvg(cy: Core, theme: Theme): string {
  const elements = cy.elements().not('.ghost')
  const box = elements.boundingBox({ includeLabels: true })
  const margin = 24
  const width = round(box.w + 2 * margin)
  const height = round(box.h + 2 * margin)
  const colors = new Set<string>()
  elements.edges('.directed').forEach((edge) => {
    colors.add(String(edge.style('line-color')))
  })
  const markers = [...colors]
    .map(
      (color) =>
        `<marker id="arrow-${color.replace(/[^a-z0-9]/gi, '')}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${esc(color)}"/></marker>`,
    )
    .join('')
  const edges = elements
    .edges()
    .map((edge) => edgeSvg(edge))
    .join('\n')
  const nodes = elements
    .nodes()
    .map((node) => nodeSvg(node, theme))
    .join('\n')
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${round(box.x1 - margin)} ${round(box.y1 - margin)} ${width} ${height}">`,
    `<style>text{font-family:system-ui,"Noto Sans","Noto Sans Arabic",sans-serif;font-size:11px;fill:${esc(theme.text)};text-anchor:middle;paint-order:stroke;stroke:${esc(theme.background)};stroke-width:3px;stroke-linejoin:round}text.count{font-size:10px}</style>`,
    `<defs>${markers}</defs>`,
    `<rect x="${round(box.x1 - margin)}" y="${round(box.y1 - margin)}" width="${width}" height="${height}" fill="${esc(theme.background)}"/>`,
    edges,
    nodes,
    '</svg>',
    '',
  ].join('\n')
}
