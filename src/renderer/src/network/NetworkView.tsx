// The Network view: the coordination network drawn with Cytoscape, filtered
// by type, status, evidence and period, with actors found and focused, ties
// recorded by dragging between actors, an edge's evidence and an actor's
// summary at the side, metrics, period comparison, saved views and exports.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import type { TextRange } from '@shared/models'
import { bundleKey, buildGraph, type Graph, type GraphFilter } from '@shared/network/graph-filter'
import type { NetworkData } from '@shared/network/network-data'
import { comparePeriods } from '@shared/network/period-compare'
import type { TieDetail, TieFields, TieSuggestion } from '@shared/network/ties'
import type { LayoutName, NetworkViewSettings, SavedNetworkView } from '@shared/network/views'
import { useApi, useEvent } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { NetworkIcon } from '../common/icons'
import { useNavigation } from '../shell/navigation'
import { useToasts } from '../shell/toasts'
import { NetworkCanvas, type LayoutRequest, type NetworkCanvasHandle } from './canvas/NetworkCanvas'
import type { Positions } from './layout/force-layout'
import { AddTieDialog } from './dialogs/AddTieDialog'
import { drawnGraph, fitsLimit } from './draw-budget'
import { DrawnNote } from './DrawnNote'
import { FocusNote } from './FocusNote'
import { ExportDialog } from './dialogs/ExportDialog'
import { SaveViewDialog } from './dialogs/SaveViewDialog'
import { TieTypesDialog } from './dialogs/TieTypesDialog'
import { FilterPanel } from './FilterPanel'
import { plural } from './format'
import { useMetrics } from './metrics/use-metrics'
import { defaultSettings, type Panel } from './network-settings'
import { NetworkHeader } from './NetworkHeader'
import { NetworkToolbar } from './NetworkToolbar'
import { needsMetrics, nodeLooks } from './node-looks'
import { ComparePanel } from './panels/ComparePanel'
import { EdgePanel } from './panels/EdgePanel'
import { MetricsPanel } from './panels/MetricsPanel'
import { NodePanel } from './panels/NodePanel'
import { SuggestionsPanel } from './panels/SuggestionsPanel'
import { TimeRange } from './TimeRange'
import { useNetworkData } from './use-network-data'
import { fromStored, toStored, useSavedViews } from './use-saved-views'
import './network.css'

type Selection = { kind: 'node'; id: number } | { kind: 'edge'; key: string }
type DialogState =
  | { kind: 'tie'; initial?: Partial<TieFields>; tie?: TieDetail; suggestion?: TieSuggestion }
  | { kind: 'export' | 'saveView' | 'tieTypes' }

const EMPTY: Graph = { nodes: [], edges: [] }
// Where actors were drawn, kept while the app runs so the view comes back as it was left.
const sessionPositions: Positions = new Map()

export function NetworkView({ prefetched }: { prefetched?: Promise<NetworkData> }) {
  const api = useApi()
  const toasts = useToasts()
  const { openSourceAt, openActor } = useNavigation()
  const { data, error, reload } = useNetworkData(prefetched)
  const [settings, setSettings] = useState<NetworkViewSettings>()
  const [activeView, setActiveView] = useState<SavedNetworkView>()
  const [selection, setSelection] = useState<Selection>()
  const [panel, setPanel] = useState<Panel>()
  const [dialog, setDialog] = useState<DialogState>()
  const [drawMode, setDrawMode] = useState(false)
  const [focusActorId, setFocusActorId] = useState<number>()
  const [request, setRequest] = useState<LayoutRequest>()
  const [restore, setRestore] = useState<{ positions: Positions; seq: number; filter: GraphFilter }>()
  const [suggestionCount, setSuggestionCount] = useState<number>()
  // Past the drawing budget only the strongest ties are drawn, unless the user asks for all.
  const [drawAll, setDrawAll] = useState(false)
  const canvasRef = useRef<NetworkCanvasHandle>(null)
  const notifyError = useCallback(
    (message: string) => toasts.show({ kind: 'error', title: message }),
    [toasts],
  )
  const saved = useSavedViews(notifyError)

  useEvent('library:changed', () => {
    sessionPositions.clear()
    setSettings(undefined)
    setActiveView(undefined)
    setSelection(undefined)
    setDrawAll(false)
  })
  // Panels that read ties again (an edge's, the suggestions) do so whenever the network changes.
  // New sources and names bring new suggestions (the mention scan says when it found some).
  const [mentionsSeen, setMentionsSeen] = useState(0)
  useEvent('mentions:changed', () => setMentionsSeen((value) => value + 1))
  const version = useMemo(() => ({ data, mentionsSeen }), [data, mentionsSeen])
  useEffect(() => {
    api.call('ties:suggestions', { status: 'open' }).then(
      (found) => setSuggestionCount(found.length),
      // The count is a hint on a button; the panel reports a failure when opened.
      () => undefined,
    )
  }, [api, version])

  const startKind = data === undefined ? 'loading' : data.ties.length === 0 ? 'no ties' : 'ties'
  // Until the user changes anything, the view follows what the library holds (no ties yet: every actor).
  const initial = useMemo(() => defaultSettings(data), [startKind]) // eslint-disable-line react-hooks/exhaustive-deps
  const current = settings ?? initial
  // Sliding through time stays smooth: the graph follows the filter when there is time. A saved
  // view's filter applies at once, so its positions and fit match the graph they were saved with.
  const deferredFilter = useDeferredValue(current.filter)
  const filter = restore?.filter === current.filter ? current.filter : deferredFilter
  // Graphs follow what the filter and comparison say, not which object says it: an equal filter
  // (the default made again when the data arrives) draws nothing new.
  const filterKey = JSON.stringify(filter)
  const compareKey = JSON.stringify(current.compare)
  const comparison = useMemo(
    () =>
      data && current.compare
        ? comparePeriods(data, filter, current.compare.a, current.compare.b)
        : undefined,
    [data, filterKey, compareKey], // eslint-disable-line react-hooks/exhaustive-deps
  )
  const graph = useMemo(
    () => comparison?.graph ?? (data ? buildGraph(data, filter) : EMPTY),
    [comparison, data, filterKey], // eslint-disable-line react-hooks/exhaustive-deps
  )
  const metrics = useMetrics(graph, panel === 'metrics' || needsMetrics(current.sizeBy, current.colorBy))
  const looks = useMemo(
    () => nodeLooks(graph, current.sizeBy, current.colorBy, metrics.result),
    [graph, current.sizeBy, current.colorBy, metrics.result],
  )
  const tieTypeColors = useMemo(
    () => new Map(data?.tieTypes.map((type) => [type.name, type.color]) ?? []),
    [data],
  )
  // A neighbourhood in focus is always drawn whole: that is how the user sees the ties left out.
  const drawn = useMemo(
    () => (drawAll || filter.focus ? { graph, limited: false } : drawnGraph(graph)),
    [graph, drawAll, filter.focus],
  )
  const overBudget = drawAll && !fitsLimit(graph)
  const canvas = useMemo(
    () => ({ graph: drawn.graph, looks, tieTypeColors, changes: comparison?.edgeChanges }),
    [drawn, looks, tieTypeColors, comparison],
  )
  const names = useMemo(() => new Map(data?.actors.map((actor) => [actor.id, actor.name]) ?? []), [data])
  const tieCount = useMemo(() => countTies(graph), [graph])
  const drawnTieCount = useMemo(() => countTies(drawn.graph), [drawn])

  const patch = (change: Partial<NetworkViewSettings>) => setSettings({ ...current, ...change })
  const setFilter = (change: Partial<NetworkViewSettings['filter']>) =>
    patch({ filter: { ...current.filter, ...change } })
  const select = (next: Selection | undefined) => {
    setSelection(next)
    if (next) setPanel('selection')
    else if (panel === 'selection') setPanel(undefined)
  }
  const togglePanel = (which: Panel) => setPanel(panel === which ? undefined : which)
  const layout = (name: LayoutName | 'fcose') =>
    setRequest((previous) => ({ name, seq: (previous?.seq ?? 0) + 1 }))

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
  const openPassage = (sourceId: number, range: TextRange) => openSourceAt(sourceId, range)
  const openView = (view: SavedNetworkView | undefined) => {
    setActiveView(view)
    if (!view) return
    setSettings(view.settings)
    // Actors the view's graph brings back go straight to their saved places.
    for (const [id, position] of fromStored(view.positions)) sessionPositions.set(id, position)
    setRestore((previous) => ({
      positions: fromStored(view.positions),
      seq: (previous?.seq ?? 0) + 1,
      filter: view.settings.filter,
    }))
  }
  const saveView = async (name: string, replace: boolean) => {
    const positions = canvasRef.current?.positions() ?? sessionPositions
    const view = await saved.save(name, current, toStored(positions), replace ? activeView?.id : undefined)
    setActiveView(view)
    setDialog(undefined)
    toasts.show({ kind: 'success', title: `Saved the view “${view.name}”.` })
  }
  const deleteView = async (view: SavedNetworkView) => {
    try {
      await saved.remove(view)
      setActiveView(undefined)
    } catch (failure) {
      notifyError(`Could not delete the view: ${errorMessage(failure)}`)
    }
  }
  const openSample = async () => {
    try {
      await api.call('sample:open', {})
    } catch (failure) {
      notifyError(`The sample library could not be opened: ${errorMessage(failure)}`)
    }
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
  const selectedEdge =
    selection?.kind === 'edge' ? graph.edges.find((edge) => edge.key === selection.key) : undefined
  const selectedNode = selection?.kind === 'node' ? selection.id : undefined
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
          activeView={activeView}
          onFind={(id) => {
            setFocusActorId(id)
            // An actor not drawn, or in a drawing that leaves ties out, is shown with all its ties.
            if (drawn.limited || !graph.nodes.some((node) => node.id === id))
              setFilter({ focus: { actorId: id, hops: 1 } })
            select({ kind: 'node', id })
          }}
          onSettings={patch}
          onLayout={layout}
          onOpenView={openView}
          onSaveView={() => setDialog({ kind: 'saveView' })}
          onDeleteView={(view) => void deleteView(view)}
        />
      )}
      {noActors ? (
        <div className="empty-state">
          <NetworkIcon />
          <h2>No actors yet</h2>
          <p>
            The network draws the ties between the actors your sources name. Mark passages in the reader and
            link them to actors, or open the sample library to see a network at once.
          </p>
          <button type="button" className="button button-primary" onClick={() => void openSample()}>
            Open Sample Library
          </button>
        </div>
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
          {panel === 'selection' && selectedEdge && (
            <EdgePanel
              edge={selectedEdge}
              names={names}
              version={version}
              onOpenPassage={openPassage}
              onEdit={(tie) => setDialog({ kind: 'tie', tie })}
              onChanged={changed}
              onClose={() => select(undefined)}
            />
          )}
          {panel === 'selection' && selectedNode !== undefined && (
            <NodePanel
              actorId={selectedNode}
              graph={graph}
              names={names}
              focusedHops={
                current.filter.focus?.actorId === selectedNode ? current.filter.focus.hops : undefined
              }
              onFocus={(hops) => setFilter({ focus: hops ? { actorId: selectedNode, hops } : null })}
              onSelectEdge={(key) => select({ kind: 'edge', key })}
              onAddTie={() => setDialog({ kind: 'tie', initial: { fromId: selectedNode } })}
              onOpenActor={() => openActor(selectedNode)}
              onClose={() => select(undefined)}
            />
          )}
          {panel === 'metrics' && (
            <MetricsPanel
              graph={graph}
              metrics={metrics}
              onSelectActor={(id) => select({ kind: 'node', id })}
              onClose={() => setPanel(undefined)}
            />
          )}
          {panel === 'compare' && current.compare && (
            <ComparePanel
              periods={current.compare}
              comparison={comparison}
              names={names}
              onChange={(compare) => patch({ compare })}
              onClose={() => {
                patch({ compare: null })
                setPanel(undefined)
              }}
            />
          )}
          {panel === 'suggestions' && (
            <SuggestionsPanel
              version={version}
              onEdit={(suggestion) => setDialog({ kind: 'tie', suggestion })}
              onAccepted={changed}
              onCount={setSuggestionCount}
              onClose={() => setPanel(undefined)}
            />
          )}
        </div>
      )}
      {dialog?.kind === 'tie' && (
        <AddTieDialog
          initial={dialog.initial}
          tie={dialog.tie}
          suggestion={dialog.suggestion}
          onSaved={tieSaved}
          onCancel={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'export' && (
        <ExportDialog
          canvas={() => canvasRef.current}
          filter={current.filter}
          pictureNote={
            drawn.limited
              ? `Pictures show the drawing: the ${drawnTieCount.toLocaleString()} strongest of ${plural(tieCount, 'tie')}. The other formats carry every tie.`
              : undefined
          }
          positions={() => toStored(canvasRef.current?.positions() ?? sessionPositions)}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'saveView' && (
        <SaveViewDialog current={activeView} onSave={saveView} onCancel={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'tieTypes' && (
        <TieTypesDialog onChanged={changed} onClose={() => setDialog(undefined)} />
      )}
    </section>
  )
}

const countTies = (graph: Graph) => graph.edges.reduce((sum, edge) => sum + edge.tieIds.length, 0)
