// The graph on screen as Cytoscape elements: each actor a node carrying its
// label, shape, colour and size; each bundle of ties an edge carrying its
// colour, width, count and classes (directed, alleged, denied, and the period
// comparison's appeared, ended, held).
import type { ElementDefinition } from 'cytoscape'
import type { Graph } from '@shared/network/graph-filter'
import type { TieChange } from '@shared/network/period-compare'
import { actorTypeStyle, edgeWidth } from '../graph-style'

export interface NodeLook {
  size: number
  color: string
}

export interface CanvasGraph {
  graph: Graph
  /** Size and colour of each actor (by the chosen measures); shape comes from its type. */
  looks: Map<number, NodeLook>
  tieTypeColors: Map<string, string>
  /** Set while two periods are compared. */
  changes?: Map<string, TieChange> | undefined
}

export const nodeElementId = (actorId: number) => `a${actorId}`
export const actorIdOf = (elementId: string) => Number(elementId.slice(1))

export function nodeElements(canvas: CanvasGraph): ElementDefinition[] {
  return canvas.graph.nodes.map((node) => {
    const look = canvas.looks.get(node.id)
    return {
      group: 'nodes',
      data: {
        id: nodeElementId(node.id),
        actorId: node.id,
        label: node.name,
        type: node.type,
        shape: actorTypeStyle(node.type).shape,
        color: look?.color ?? actorTypeStyle(node.type).color,
        size: look?.size ?? 24,
      },
    }
  })
}

export function edgeElements(canvas: CanvasGraph): ElementDefinition[] {
  return canvas.graph.edges.map((edge) => {
    const classes = [
      edge.directed ? 'directed' : '',
      edge.status === 'alleged' ? 'alleged' : edge.status === 'denied' ? 'denied' : '',
      canvas.changes?.get(edge.key) ?? '',
    ].filter(Boolean)
    return {
      group: 'edges',
      data: {
        id: edge.key,
        source: nodeElementId(edge.source),
        target: nodeElementId(edge.target),
        type: edge.type,
        color: canvas.tieTypeColors.get(edge.type) ?? '#888888',
        width: edgeWidth(edge.evidence),
        // Parallel ties of one type are one edge; its label says how many.
        count: edge.tieIds.length > 1 ? `×${edge.tieIds.length}` : '',
      },
      classes: classes.join(' '),
    }
  })
}
