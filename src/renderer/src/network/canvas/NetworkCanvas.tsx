// The network drawn with Cytoscape. New actors are placed by the layout in
// effect (the force-directed one runs in a worker and refines as it goes,
// holding already placed actors still); a layout picked again, a refine, or a
// saved view's positions move everyone. Positions are kept in `cache` so the
// view and saved views can read and restore them.
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type DragEvent } from 'react'
import { PASSAGE_DRAG_TYPE, parsePassageDrag } from '@shared/drag-types'
import type { LayoutName } from '@shared/network/views'
import {
  initialPositions,
  runForceLayout,
  warmLayoutWorker,
  type LayoutRun,
  type Positions,
} from '../layout/force-layout'
import type { CanvasGraph } from './cy-elements'
import { NetworkRenderer, type RendererEvents } from './network-renderer'
import { networkSvg } from './svg-export'

export interface NetworkCanvasHandle {
  positions(): Positions
  png(scale: number): Promise<Blob>
  svg(): string
  fit(): void
  /** The actor under a point of the window, if any (for drops). */
  actorAt(clientX: number, clientY: number): number | undefined
}

export interface LayoutRequest {
  name: LayoutName | 'fcose'
  /** Changes on every request, so the same layout can be asked for again. */
  seq: number
}

interface NetworkCanvasProps extends RendererEvents {
  canvas: CanvasGraph
  layout: LayoutName
  request: LayoutRequest | undefined
  /** Positions to move everyone to (a saved view), with a sequence number. */
  restore: { positions: Positions; seq: number } | undefined
  cache: Positions
  drawMode: boolean
  focusActorId: number | undefined
  selected: { kind: 'node' | 'edge'; id: string } | undefined
  onPassageDrop(actorId: number, passageId: number): void
  /** What the drawing shows, in words, for screen readers. */
  label: string
}

export const NetworkCanvas = forwardRef<NetworkCanvasHandle, NetworkCanvasProps>(
  function NetworkCanvas(props, ref) {
    const container = useRef<HTMLDivElement>(null)
    const renderer = useRef<NetworkRenderer>(undefined)
    const running = useRef<LayoutRun>(undefined)
    const latest = useRef(props)
    // 'running' until the first positions are drawn, 'refining' while the layout improves them.
    const [layoutState, setLayoutState] = useState<'running' | 'refining' | 'done'>('done')
    useEffect(() => {
      latest.current = props
    })

    useImperativeHandle(ref, () => ({
      positions: () => renderer.current?.positions() ?? new Map(),
      png: (scale) =>
        renderer.current?.png(scale) ?? Promise.reject(new Error('The network is not drawn yet.')),
      svg: () => {
        const core = renderer.current?.core
        if (!core) throw new Error('The network is not drawn yet.')
        return networkSvg(core, renderer.current!.themeColors())
      },
      fit: () => renderer.current?.fit(),
      actorAt: (clientX, clientY) => actorAt(clientX, clientY),
    }))

    useEffect(() => {
      const element = container.current!
      warmLayoutWorker()
      const instance = new NetworkRenderer(element, {
        onSelectNode: (id) => latest.current.onSelectNode(id),
        onSelectEdge: (key) => latest.current.onSelectEdge(key),
        onClear: () => latest.current.onClear(),
        onConnect: (from, to) => latest.current.onConnect(from, to),
        onMoved: () => {
          remember()
          latest.current.onMoved()
        },
      })
      renderer.current = instance
      const scheme = window.matchMedia('(prefers-color-scheme: dark)')
      const restyle = () => instance.refreshTheme()
      scheme.addEventListener('change', restyle)
      // A side panel opening or the window resizing changes the drawing's size.
      const resized = new ResizeObserver(() => instance.resized())
      resized.observe(element)
      return () => {
        resized.disconnect()
        scheme.removeEventListener('change', restyle)
        running.current?.cancel()
        instance.destroy()
        renderer.current = undefined
      }
      // The renderer lives as long as the canvas; callbacks are read through `latest`.
    }, [])

    /** Copies the drawn positions into the cache the view reads. */
    const remember = () => {
      const drawn = renderer.current?.positions()
      if (!drawn) return
      for (const [id, position] of drawn) latest.current.cache.set(id, position)
    }

    /**
     * Runs a layout. `drawFirst`: the graph is not drawn yet (everyone is new), so it is added
     * with the layout's first positions rather than drawn twice (at a spiral, then laid out).
     */
    const layOut = (
      name: LayoutName | 'fcose',
      holdPlaced: boolean,
      fitWhenFirst: boolean,
      drawFirst?: CanvasGraph,
    ) => {
      const instance = renderer.current
      if (!instance) return
      running.current?.cancel()
      running.current = undefined
      setLayoutState('running')
      if (name === 'force') {
        // Where each actor is now (or was last drawn); newcomers start near their neighbours.
        const placed = new Map(latest.current.cache)
        for (const [id, position] of instance.positions())
          if (!holdPlaced || placed.has(id)) placed.set(id, position)
        let first = true
        const run = runForceLayout((drawFirst ?? latest.current.canvas).graph, placed, {
          holdPlaced,
          onPositions: (positions, done) => {
            if (first && drawFirst) instance.setGraph(drawFirst, positions, positions)
            else instance.applyPositions(positions)
            if (first && fitWhenFirst) instance.fit()
            // Refining spreads the network out: the whole of it stays in view unless the user moved it.
            else if (done && fitWhenFirst) instance.refit()
            first = false
            if (done) {
              remember()
              setLayoutState('done')
            } else setLayoutState('refining')
          },
        })
        running.current = run
        void run.finished.then((positions) => {
          if (!positions && running.current === run) setLayoutState('done')
        })
        return
      }
      if (drawFirst) {
        const { cache } = latest.current
        instance.setGraph(drawFirst, cache, initialPositions(drawFirst.graph, cache))
      }
      void instance.runLayout(name).then(() => {
        remember()
        setLayoutState('done')
      })
    }

    // A new graph: keep everyone where they were; place newcomers with the layout in effect.
    useEffect(() => {
      const instance = renderer.current!
      const { cache, layout } = latest.current
      const { canvas } = props
      const newcomers = instance.missing(canvas.graph, cache)
      if (newcomers.length > 0 && newcomers.length === canvas.graph.nodes.length) {
        // A whole new network: drawn once, where the layout first puts it.
        layOut(layout, false, true, canvas)
        return
      }
      // Newcomers appear near their neighbours until the layout places them.
      instance.setGraph(canvas, cache, initialPositions(canvas.graph, cache))
      if (newcomers.length === 0) return
      if (layout === 'force') layOut('force', true, false)
      else layOut(layout, false, true)
      // Only a new graph places actors; layout changes are requests of their own.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [props.canvas])

    useEffect(() => {
      if (props.request) layOut(props.request.name, false, true)
      // Each request runs once; layOut reads the latest props itself.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [props.request])

    useEffect(() => {
      if (!props.restore) return
      running.current?.cancel()
      renderer.current?.applyPositions(props.restore.positions)
      renderer.current?.fit()
      remember()
    }, [props.restore])

    useEffect(() => renderer.current?.setDrawMode(props.drawMode), [props.drawMode, props.canvas])
    useEffect(() => renderer.current?.focus(props.focusActorId), [props.focusActorId, props.canvas])
    useEffect(
      () => renderer.current?.select(props.selected?.kind, props.selected?.id),
      [props.selected, props.canvas],
    )

    const actorAt = (clientX: number, clientY: number): number | undefined => {
      const core = renderer.current?.core
      const element = container.current
      if (!core || !element) return undefined
      const box = element.getBoundingClientRect()
      const x = clientX - box.left
      const y = clientY - box.top
      const hit = core
        .nodes()
        .not('.ghost')
        .filter((node) => {
          const area = node.renderedBoundingBox({ includeLabels: false })
          return x >= area.x1 && x <= area.x2 && y >= area.y1 && y <= area.y2
        })
      return hit.length > 0 ? Number(hit[hit.length - 1]!.id().slice(1)) : undefined
    }

    const onDrop = (event: DragEvent<HTMLDivElement>) => {
      const payload = parsePassageDrag(event.dataTransfer.getData(PASSAGE_DRAG_TYPE))
      const actorId = actorAt(event.clientX, event.clientY)
      if (!payload || actorId === undefined) return
      event.preventDefault()
      props.onPassageDrop(actorId, payload.passageId)
    }

    return (
      <div className="network-canvas-frame">
        <div
          ref={container}
          className={`network-canvas${props.drawMode ? ' drawing' : ''}`}
          data-layout={layoutState}
          role="img"
          aria-label={props.label}
          onDragOver={(event) => {
            if (event.dataTransfer.types.includes(PASSAGE_DRAG_TYPE)) event.preventDefault()
          }}
          onDrop={onDrop}
        />
        {layoutState !== 'done' && (
          <p className="network-canvas-status" role="status">
            {layoutState === 'running' ? 'Laying out…' : 'Refining the layout…'}
          </p>
        )}
      </div>
    )
  },
)
