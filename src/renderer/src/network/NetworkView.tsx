// The Network view: the coordination network drawn with Cytoscape, filtered
// by type, status, evidence and period, with actors found and focused, ties
// recorded by dragging between actors, an edge's evidence and an actor's
// summary at the side, metrics, period comparison, saved views and exports.
import { useCallback, useRef, useState } from 'react'
import { bundleKey } from '@shared/network/graph-filter'
import type { NetworkData } from '@shared/network/network-data'
import type { TieDetail } from '@shared/network/ties'
import type { LayoutName } from '@shared/network/views'
import { useEvent } from '../api/api-context'
import { useToasts } from '../shell/toasts'
import { NetworkCanvas, type LayoutRequest, type NetworkCanvasHandle } from './canvas/NetworkCanvas'
import { DrawnNote } from './DrawnNote'
import { FocusNote } from './FocusNote'
import { FilterPanel } from './FilterPanel'
import { plural } from './format'
import { useMetrics } from './metrics/use-metrics'
import type { Panel } from './network-settings'
import { NetworkDialogs, type DialogState } from './NetworkDialogs'
import { NetworkHeader } from './NetworkHeader'
import { NetworkSidePanels, type Selection } from './NetworkSidePanels'
import { NetworkToolbar } from './NetworkToolbar'
import { NoActorsState } from './NoActorsState'
import { needsMetrics } from './node-looks'
import { TimeRange } from './TimeRange'
import { useDrawing } from './use-drawing'
import { useNetworkData } from './use-network-data'
import { useNetworkGraph } from './use-network-graph'
import { toStored } from './use-saved-views'
import { useSuggestionCount } from './use-suggestion-count'
import { sessionPositions, useViewSettings } from './use-view-settings'
import './network.css'

export function NetworkView({ prefetched }: { prefetched?: Promise<NetworkData> }) {
  const toasts = useToasts()
  const { data, error, reload } = useNetworkData(prefetched)
  const [selection, setSelection] = useState<Selection>()
  const [panel, setPanel] = useState<Panel>()
  const [dialog, setDialog] = useState<DialogState>()
  const [drawMode, setDrawMode] = useState(false)
  const [focusActorId, setFocusActorId] = useState<number>()
  const [request, setRequest] = useState<LayoutRequest>()
  const canvasRef = useRef<NetworkCanvasHandle>(null)
  const notifyError = useCallback(
    (message: string) => toasts.show({ kind: 'error', title: message }),
    [toasts],
  )
  const { current, restore, patch, setFilter, ...saved } = useViewSettings(data, notifyError)
  useEvent('library:changed', () => setSelection(undefined))
  const { version, suggestionCount, setSuggestionCount } = useSuggestionCount(data)
  const { filter, comparison, graph, names, tieCount } = useNetworkGraph(data, current, restore?.filter)
  const metrics = useMetrics(graph, panel === 'metrics' || needsMetrics(current.sizeBy, current.colorBy))
  const { drawn, drawnTieCount, overBudget, canvas, setDrawAll } = useDrawing({
    data,
    graph,
    comparison,
    focus: filter.focus,
    settings: current,
    metrics: metrics.result,
  })

  const select = (next: Selection | undefined) => {
    setSelection(next)
    if (next) setPanel('selection')
    else if (panel === 'selection') setPanel(undefined)
  }
  const togglePanel = (which: Panel) => setPanel(panel === which ? undefined : which)
  const layout = (name: LayoutName | 'fcose') =>
    setRequest((previous) => ({ name, seq: (previous?.seq ?? 0) + 1 }))
  // Where actors stand now: as drawn, or as last kept when the canvas is not there.
  const positionsNow = () => toStored(canvasRef.current?.positions() ?? sessionPositions)

  const changed = () => reload()
  const tieSaved = (tie: TieDetail) => {
    const fromSuggestion = dialog?.kind === 'tie' && dialog.suggestion !== undefined
    setDialog(undefined)
    changed()
    // A suggestion accepted with edits leaves the user in the list of suggestions; else the new tie shows.
    if (!fromSuggestion) {
      select({
        kind: 'edge',
        key: bundleKey({ from: tie.fromId, to: tie.toId, type: tie.type, directed: tie.directed }),
      })
    }
    toasts.show({
      kind: 'success',
      title: `Saved the ${tie.type} tie between ${tie.fromName} and ${tie.toName}.`,
    })
  }
  const saveView = async (name: string, replace: boolean) => {
    const view = await saved.saveView(name, replace, positionsNow())
    setDialog(undefined)
    toasts.show({ kind: 'success', title: `Saved the view “${view.name}”.` })
  }

  if (error && !data) {
    return (
      <section className="network-view" aria-label="Network">
        <p className="library-error" role="alert">
          {error}
        </p>
      </section>
    )
  }
  const noActors = data !== undefined && data.actors.length === 0

  return (
    <section className="network-view" aria-label="Network">
      <NetworkHeader
        summary={data ? `${plural(graph.nodes.length, 'actor')} · ${plural(tieCount, 'tie')}` : 'Loading…'}
        actions={!noActors}
        drawMode={drawMode}
        panel={panel}
        comparing={current.compare !== null}
        suggestionCount={suggestionCount}
        canExport={graph.nodes.length > 0}
        onAddTie={() => setDialog({ kind: 'tie' })}
        onDrawMode={setDrawMode}
        onPanel={togglePanel}
        onCompare={(on) => {
          patch({ compare: on ? { a: { from: null, to: null }, b: { from: null, to: null } } : null })
          setPanel(on ? 'compare' : undefined)
        }}
        onExport={() => setDialog({ kind: 'export' })}
      />
      {data && !noActors && (
        <NetworkToolbar
          actors={data.actors}
          settings={current}
          nodeCount={graph.nodes.length}
          views={saved.views}
          activeView={saved.activeView}
          onFind={(id) => {
            setFocusActorId(id)
            // An actor not drawn, or in a drawing that leaves ties out, is shown with all its ties.
            if (drawn.limited || !graph.nodes.some((node) => node.id === id))
              setFilter({ focus: { actorId: id, hops: 1 } })
            select({ kind: 'node', id })
          }}
          onSettings={patch}
          onLayout={layout}
          onOpenView={saved.openView}
          onSaveView={() => setDialog({ kind: 'saveView' })}
          onDeleteView={(view) => void saved.deleteView(view)}
        />
      )}
      {noActors ? (
        <NoActorsState onError={notifyError} />
      ) : (
        <div className={`network-body${panel === 'metrics' ? ' with-wide-side' : panel ? ' with-side' : ''}`}>
          {data && (
            <FilterPanel
              data={data}
              filter={current.filter}
              onChange={(next) => patch({ filter: next })}
              onEditTypes={() => setDialog({ kind: 'tieTypes' })}
            />
          )}
          <div className="network-main">
            {current.filter.focus && (
              <FocusNote
                name={names.get(current.filter.focus.actorId)}
                hops={current.filter.focus.hops}
                onShowEveryone={() => setFilter({ focus: null })}
              />
            )}
            {(drawn.limited || overBudget) && (
              <DrawnNote
                drawnTies={drawnTieCount}
                allTies={tieCount}
                drawnActors={drawn.graph.nodes.length}
                allActors={graph.nodes.length}
                drawingAll={overBudget}
                onDrawAll={setDrawAll}
              />
            )}
            {data && data.ties.length === 0 && (
              <p className="network-hint">
                No ties yet. Press “Draw ties” and drag from one actor to another, or use “Add tie…”.
              </p>
            )}
            <NetworkCanvas
              ref={canvasRef}
              canvas={canvas}
              label={`Network drawing: ${plural(graph.nodes.length, 'actor')} and ${plural(tieCount, 'tie')}${drawn.limited ? `, the ${drawnTieCount.toLocaleString()} strongest ties drawn` : ''}. Find an actor, or use the metrics table, to reach each one.`}
              layout={current.layout}
              request={request}
              restore={restore}
              cache={sessionPositions}
              drawMode={drawMode}
              focusActorId={focusActorId}
              selected={
                selection?.kind === 'edge'
                  ? { kind: 'edge', id: selection.key }
                  : selection
                    ? { kind: 'node', id: `a${selection.id}` }
                    : undefined
              }
              onSelectNode={(id) => select({ kind: 'node', id })}
              onSelectEdge={(key) => select({ kind: 'edge', key })}
              onClear={() => select(undefined)}
              onConnect={(fromId, toId) => setDialog({ kind: 'tie', initial: { fromId, toId } })}
              onMoved={() => undefined}
              onPassageDrop={(actorId, passageId) =>
                setDialog({ kind: 'tie', initial: { fromId: actorId, evidenceIds: [passageId] } })
              }
            />
            {data && !current.compare && (
              <TimeRange
                ties={data.ties}
                from={current.filter.from}
                to={current.filter.to}
                onChange={(from, to) => setFilter({ from, to })}
              />
            )}
          </div>
          <NetworkSidePanels
            panel={panel}
            selection={selection}
            graph={graph}
            names={names}
            version={version}
            metrics={metrics}
            comparison={comparison}
            settings={current}
            onSelect={select}
            onSettings={patch}
            onFilter={setFilter}
            onDialog={setDialog}
            onChanged={changed}
            onSuggestionCount={setSuggestionCount}
            onClosePanel={() => setPanel(undefined)}
          />
        </div>
      )}
      <NetworkDialogs
        dialog={dialog}
        canvas={() => canvasRef.current}
        filter={current.filter}
        pictureNote={
          drawn.limited
            ? `Pictures show the drawing: the ${drawnTieCount.toLocaleString()} strongest of ${plural(tieCount, 'tie')}. The other formats carry every tie.`
            : undefined
        }
        positions={positionsNow}
        activeView={saved.activeView}
        onTieSaved={tieSaved}
        onSaveView={saveView}
        onChanged={changed}
        onClose={() => setDialog(undefined)}
      />
    </section>
  )
}
