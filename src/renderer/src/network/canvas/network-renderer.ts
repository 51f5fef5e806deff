// The Cytoscape canvas behind the network view: applies each new graph as a
// change (actors stay where they are), moves actors to given positions, runs
// the built-in layouts, reports taps, and in "draw ties" mode lets the user
// drag from one actor to another. Large graphs get Cytoscape's performance
// settings (edges hidden and a texture while panning, cheap edge curves).
import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape'
import type { Graph } from '@shared/network/graph-filter'
import { actorIdOf, edgeElements, nodeElementId, nodeElements, type CanvasGraph } from './cy-elements'
import { networkStyle, readTheme, type Theme } from './cy-style'
import type { Positions } from '../layout/force-layout'

export type BuiltInLayout = 'concentric' | 'circle' | 'grid' | 'breadthfirst' | 'fcose'

export interface RendererEvents {
  onSelectNode(actorId: number): void
  onSelectEdge(key: string): void
  onClear(): void
  /** The user dragged from one actor to another in "draw ties" mode. */
  onConnect(fromId: number, toId: number): void
  /** An actor was moved by hand. */
  onMoved(): void
}

/** Past this many edges, Cytoscape's performance settings are worth their look. */
export const LARGE_GRAPH_EDGES = 1500
const MAX_FIT_ZOOM = 1.25

// Cytoscape adds a <style> element to the page, which the app's Content-Security-Policy refuses
// (and reports). An element with that id already present makes it skip; the container is
// positioned by network.css instead.
function preventInjectedStylesheet(): void {
  const id = '__________cytoscape_stylesheet'
  if (document.getElementById(id)) return
  const marker = document.createElement('meta')
  marker.id = id
  document.head.append(marker)
}

let hardware: boolean | undefined

/** Whether WebGL runs on a graphics card rather than in software. */
function hardwareWebgl(): boolean {
  if (hardware !== undefined) return hardware
  try {
    const gl = document.createElement('canvas').getContext('webgl2')
    const info = gl?.getExtension('WEBGL_debug_renderer_info')
    const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : ''
    hardware = renderer !== '' && !/swiftshader|llvmpipe|software|basic render/i.test(renderer)
  } catch {
    hardware = false
  }
  return hardware
}

/** What an element looks like, in one string, to tell whether it needs restyling. */
const nodeLook = (node: cytoscape.ElementDefinition) =>
  `${node.data.label}|${node.data.color}|${node.data.size}|${node.data.shape}`
const edgeLook = (edge: cytoscape.ElementDefinition) =>
  `${edge.data.color}|${edge.data.width}|${edge.data.count}|${edge.classes ?? ''}`

/**
 * Cytoscape caches a large drawing as layers of textures for smooth panning. The first time it
 * looks for them it paints every element into them before showing anything (a second on 10,000
 * elements); every later time it draws directly and builds the layers in idle frames. Marking
 * that first look as done makes the first drawing of a network as quick as the later ones.
 */
function skipEagerLayers(cy: Core): void {
  const renderer = (
    cy as unknown as { renderer?: () => { data?: { lyrTxrCache?: { firstGet: boolean } } } }
  ).renderer?.()
  const layers = renderer?.data?.lyrTxrCache
  if (layers && typeof layers.firstGet === 'boolean') layers.firstGet = false
}

export class NetworkRenderer {
  private cy: Core | undefined
  private large = false
  private drawing = false
  private theme: Theme
  private connectFrom: NodeSingular | undefined
  /** How each drawn element looked when last set, so unchanged ones are left alone. */
  private readonly looks = new Map<string, string>()
  /** Whether the viewport moved (by the user, or to focus an actor) since the network was last fitted. */
  private viewportMoved = false
  private fitting = false

  constructor(
    private readonly container: HTMLElement,
    private readonly events: RendererEvents,
  ) {
    preventInjectedStylesheet()
    this.theme = readTheme(container)
  }

  /** The Cytoscape instance (created on the first graph, and again when the graph changes size class). */
  get core(): Core | undefined {
    return this.cy
  }

  /**
   * Applies a graph as a change: elements no longer wanted go, new ones come (actors where `known`
   * has them, else at `start`), and existing ones are touched only when they look different (each
   * touch restyles an element, which adds up over tens of thousands). Returns the actors `known`
   * did not have, for the layout to place.
   */
  setGraph(canvas: CanvasGraph, known: Positions, start: Positions): number[] {
    const large = canvas.graph.edges.length > LARGE_GRAPH_EDGES
    const cy = this.instance(large)
    const nodes = nodeElements(canvas)
    const edges = edgeElements(canvas)
    if (cy.elements().empty()) return this.addAll(cy, nodes, edges, known, start)
    const drawn = new Map<string, cytoscape.SingularElementReturnValue>()
    cy.elements().forEach((element) => {
      drawn.set(element.id(), element)
    })
    const wanted = new Set([...nodes, ...edges].map((element) => element.data.id!))
    const unplaced: number[] = []
    cy.batch(() => {
      const leaving = cy
        .elements()
        .filter((element) => !wanted.has(element.id()) && !element.hasClass('ghost'))
      leaving.forEach((element) => {
        this.looks.delete(element.id())
      })
      leaving.remove()
      const adding: cytoscape.ElementDefinition[] = []
      for (const node of nodes) {
        const id = node.data.id!
        const look = nodeLook(node)
        const existing = drawn.get(id)
        if (existing && existing.inside()) {
          if (this.looks.get(id) !== look) existing.data(node.data)
        } else {
          const actorId = node.data.actorId as number
          const position = known.get(actorId) ?? start.get(actorId)
          if (!known.has(actorId)) unplaced.push(actorId)
          adding.push({ ...node, position: { x: position?.[0] ?? 0, y: position?.[1] ?? 0 } })
        }
        this.looks.set(id, look)
      }
      for (const edge of edges) {
        const id = edge.data.id!
        const look = edgeLook(edge)
        const existing = drawn.get(id)
        if (existing && existing.inside()) {
          if (this.looks.get(id) !== look) {
            existing.data(edge.data)
            existing.classes(edge.classes ?? '')
          }
        } else adding.push(edge)
        this.looks.set(id, look)
      }
      if (adding.length > 0) cy.add(adding)
    })
    return unplaced
  }

  /** The first drawing of a graph: everything added in one go, with nothing to compare against. */
  private addAll(
    cy: Core,
    nodes: cytoscape.ElementDefinition[],
    edges: cytoscape.ElementDefinition[],
    known: Positions,
    start: Positions,
  ): number[] {
    const unplaced: number[] = []
    for (const node of nodes) {
      const actorId = node.data.actorId as number
      const position = known.get(actorId) ?? start.get(actorId)
      if (!known.has(actorId)) unplaced.push(actorId)
      node.position = { x: position?.[0] ?? 0, y: position?.[1] ?? 0 }
      this.looks.set(node.data.id!, nodeLook(node))
    }
    for (const edge of edges) this.looks.set(edge.data.id!, edgeLook(edge))
    cy.batch(() => {
      cy.add(nodes)
      cy.add(edges)
    })
    // Styled now rather than inside the first frame: styling there queues every element to be
    // measured again, which costs a second full frame straight after the first.
    cy.elements().boundingBox()
    return unplaced
  }

  /** The actors of `graph` that are neither drawn nor in `known`. */
  missing(graph: Graph, known: Positions): number[] {
    const drawn = new Set<string>()
    this.cy?.nodes().forEach((node) => {
      drawn.add(node.id())
    })
    return graph.nodes
      .filter((node) => !known.has(node.id) && !drawn.has(nodeElementId(node.id)))
      .map((node) => node.id)
  }

  positions(): Positions {
    const positions: Positions = new Map()
    this.cy
      ?.nodes()
      .not('.ghost')
      .forEach((node) => {
        const { x, y } = node.position()
        positions.set(actorIdOf(node.id()), [x, y])
      })
    return positions
  }

  /** Moves every actor `positions` has, in one go (one redraw, one event). */
  applyPositions(positions: Positions): void {
    const cy = this.cy
    if (!cy) return
    cy.nodes()
      .not('.ghost')
      .positions((node) => {
        const position = positions.get(actorIdOf(node.id()))
        return position ? { x: position[0], y: position[1] } : node.position()
      })
  }

  /**
   * The container changed size (a side panel opened, the window was resized): a network shown as
   * fitted is fitted again; one the user has panned or zoomed keeps the same point in the middle.
   */
  resized(): void {
    const cy = this.cy
    if (!cy) return
    const before = { width: cy.width(), height: cy.height() }
    cy.resize()
    if (!this.viewportMoved) this.fit()
    else cy.panBy({ x: (cy.width() - before.width) / 2, y: (cy.height() - before.height) / 2 })
  }

  /**
   * Everything in view, but never so close that a small network's names turn huge. Computed from
   * the actors' positions: Cytoscape's own fit measures every label, which takes seconds on a
   * large network.
   */
  fit(): void {
    const cy = this.cy
    if (!cy) return
    // Cytoscape keeps the container's size from when it last looked; the page around may have moved since.
    cy.resize()
    let x1 = Infinity
    let y1 = Infinity
    let x2 = -Infinity
    let y2 = -Infinity
    let largest = 0
    cy.nodes()
      .not('.ghost')
      .forEach((node) => {
        const { x, y } = node.position()
        if (x < x1) x1 = x
        if (x > x2) x2 = x
        if (y < y1) y1 = y
        if (y > y2) y2 = y
        largest = Math.max(largest, Number(node.data('size')) || 0)
      })
    if (!Number.isFinite(x1)) return
    const margin = largest / 2 + 24
    const width = x2 - x1 + 2 * margin
    const height = y2 - y1 + 2 * margin + 16 // room for the lowest names
    const padding = 24
    const zoom = Math.min(
      MAX_FIT_ZOOM,
      Math.max(
        cy.minZoom(),
        Math.min((cy.width() - 2 * padding) / width, (cy.height() - 2 * padding) / height),
      ),
    )
    this.fitting = true
    cy.viewport({
      zoom,
      pan: { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: cy.height() / 2 - zoom * ((y1 + y2) / 2 + 8) },
    })
    this.fitting = false
    this.viewportMoved = false
  }

  /** Fits again unless the user has panned or zoomed since the last fit (a layout grew meanwhile). */
  refit(): void {
    if (!this.viewportMoved) this.fit()
  }

  async runLayout(name: BuiltInLayout): Promise<void> {
    const cy = this.cy
    if (!cy || cy.nodes().empty()) return
    if (name === 'fcose') {
      const { default: fcose } = await import('cytoscape-fcose')
      cytoscape.use(fcose)
    }
    const specific: Record<string, unknown> =
      name === 'concentric'
        ? { concentric: (node: NodeSingular) => node.degree(false), levelWidth: () => 2, minNodeSpacing: 24 }
        : name === 'breadthfirst'
          ? { directed: false, spacingFactor: 1.2, circle: false }
          : name === 'fcose'
            ? { quality: 'proof', randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90 }
            : { avoidOverlap: true }
    await new Promise<void>((resolve) => {
      const layout = cy.layout({
        name,
        ...specific,
        animate: false,
        fit: false,
      } as cytoscape.LayoutOptions)
      layout.one('layoutstop', () => {
        this.fit()
        resolve()
      })
      layout.run()
    })
  }

  /** Marks an actor (found by name) and centres on it. */
  focus(actorId: number | undefined): void {
    const cy = this.cy
    if (!cy) return
    cy.nodes('.focused').removeClass('focused')
    if (actorId === undefined) return
    const node = cy.getElementById(nodeElementId(actorId))
    if (node.empty()) return
    node.addClass('focused')
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 0.9) } as never, { duration: 250 })
  }

  select(kind: 'node' | 'edge' | undefined, id?: string): void {
    const cy = this.cy
    if (!cy) return
    cy.elements(':selected').unselect()
    if (kind && id) cy.getElementById(id).select()
  }

  setDrawMode(on: boolean): void {
    this.drawing = on
    this.cy?.autoungrabify(on)
  }

  /** The whole graph as drawn, as a PNG at `scale` times its size on screen. */
  png(scale: number): Promise<Blob> {
    if (!this.cy) return Promise.reject(new Error('There is no network to export yet.'))
    return this.cy.png({
      output: 'blob-promise',
      full: true,
      scale,
      bg: this.theme.background,
      maxWidth: 20000,
      maxHeight: 20000,
    })
  }

  themeColors(): Theme {
    return this.theme
  }

  /** The app's theme changed (light or dark): restyle. */
  refreshTheme(): void {
    this.theme = readTheme(this.container)
    this.cy?.style(networkStyle(this.theme, this.large))
  }

  destroy(): void {
    this.cy?.destroy()
    this.cy = undefined
  }

  private instance(large: boolean): Core {
    if (this.cy && this.large === large) return this.cy
    const previous = this.cy
    // The view stays where it was; positions come back through the caller's cache.
    const keep = previous ? { pan: previous.pan(), zoom: previous.zoom() } : undefined
    previous?.destroy()
    this.looks.clear()
    this.large = large
    const cy = cytoscape({
      container: this.container,
      style: networkStyle(this.theme, large),
      layout: { name: 'preset' },
      minZoom: 0.02,
      maxZoom: 5,
      pixelRatio: 1,
      motionBlur: false,
      boxSelectionEnabled: false,
      selectionType: 'single',
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      // Cytoscape's WebGL renderer draws large networks far faster on a real graphics card; a
      // software one (SwiftShader, llvmpipe) is slower than the canvas, so it is used only on hardware.
      ...(large && hardwareWebgl() ? { webgl: true } : {}),
      autoungrabify: this.drawing,
    })
    if (large) skipEagerLayers(cy)
    if (keep) {
      cy.zoom(keep.zoom)
      cy.pan(keep.pan)
    }
    this.cy = cy
    this.listen(cy)
    return cy
  }

  private listen(cy: Core): void {
    cy.on('tap', 'node', (event) => {
      if (!this.drawing) this.events.onSelectNode(actorIdOf(event.target.id()))
    })
    cy.on('tap', 'edge', (event) => this.events.onSelectEdge(event.target.id()))
    cy.on('tap', (event) => {
      if (event.target === cy) this.events.onClear()
    })
    cy.on('dragfree', 'node', () => this.events.onMoved())
    cy.on('viewport', () => {
      if (!this.fitting) this.viewportMoved = true
    })
    cy.on('tapstart', 'node', (event) => this.startConnect(event))
    cy.on('tapdrag', (event) => this.dragConnect(event))
    cy.on('tapend', (event) => this.endConnect(event))
  }

  private startConnect(event: EventObject): void {
    if (!this.drawing || this.connectFrom) return
    const cy = this.cy!
    const from = event.target as NodeSingular
    this.connectFrom = from
    cy.userPanningEnabled(false)
    from.addClass('connect-source')
    cy.add([
      { group: 'nodes', data: { id: '__ghost' }, position: { ...event.position }, classes: 'ghost' },
      {
        group: 'edges',
        data: { id: '__ghost-edge', source: from.id(), target: '__ghost' },
        classes: 'ghost',
      },
    ])
  }

  private dragConnect(event: EventObject): void {
    if (!this.connectFrom) return
    const cy = this.cy!
    cy.getElementById('__ghost').position({ ...event.position })
    const over = this.nodeAt(event.position)
    cy.nodes('.connect-target').removeClass('connect-target')
    if (over && over !== this.connectFrom) over.addClass('connect-target')
  }

  private endConnect(event: EventObject): void {
    const from = this.connectFrom
    if (!from) return
    const cy = this.cy!
    this.connectFrom = undefined
    const to = this.nodeAt(event.position)
    cy.remove('.ghost')
    cy.nodes('.connect-source, .connect-target').removeClass('connect-source connect-target')
    cy.userPanningEnabled(true)
    if (to && to.id() !== from.id()) this.events.onConnect(actorIdOf(from.id()), actorIdOf(to.id()))
  }

  /** The actor under a point of the model, if any (the topmost, when they overlap). */
  private nodeAt(position: { x: number; y: number }): NodeSingular | undefined {
    const hits = this.cy!.nodes()
      .not('.ghost')
      .filter((node) => {
        const box = node.boundingBox({ includeLabels: false })
        return position.x >= box.x1 && position.x <= box.x2 && position.y >= box.y1 && position.y <= box.y2
      })
    return hits.length > 0 ? (hits[hits.length - 1] as NodeSingular) : undefined
  }
}
