// The panel at the right of the network: the selected tie's evidence or
// actor's summary, the metrics table, the period comparison or the suggestions.
import type { Graph } from '@shared/network/graph-filter'
import type { PeriodComparison } from '@shared/network/period-compare'
import type { NetworkViewSettings } from '@shared/network/views'
import { useNavigation } from '../shell/navigation'
import type { MetricsState } from './metrics/use-metrics'
import type { Panel } from './network-settings'
import type { DialogState } from './NetworkDialogs'
import { ComparePanel } from './panels/ComparePanel'
import { EdgePanel } from './panels/EdgePanel'
import { MetricsPanel } from './panels/MetricsPanel'
import { NodePanel } from './panels/NodePanel'
import { SuggestionsPanel } from './panels/SuggestionsPanel'

/** An actor or a bundle of ties picked on the canvas or in a panel. */
export type Selection = { kind: 'node'; id: number } | { kind: 'edge'; key: string }

interface NetworkSidePanelsProps {
  panel: Panel | undefined
  selection: Selection | undefined
  graph: Graph
  names: Map<number, string>
  /** Moves when the ties may have changed, so the panels that read them read again. */
  version: unknown
  metrics: MetricsState
  comparison: PeriodComparison | undefined
  settings: NetworkViewSettings
  onSelect(next: Selection | undefined): void
  onSettings(change: Partial<NetworkViewSettings>): void
  onFilter(change: Partial<NetworkViewSettings['filter']>): void
  onDialog(dialog: DialogState): void
  onChanged(): void
  onSuggestionCount(count: number): void
  onClosePanel(): void
}

export function NetworkSidePanels(props: NetworkSidePanelsProps) {
  const { panel, selection, graph, names, settings, onSelect, onDialog, onClosePanel } = props
  const { openSourceAt, openActor } = useNavigation()
  const selectedEdge =
    selection?.kind === 'edge' ? graph.edges.find((edge) => edge.key === selection.key) : undefined
  const selectedNode = selection?.kind === 'node' ? selection.id : undefined
  const focus = settings.filter.focus

  return (
    <>
      {panel === 'selection' && selectedEdge && (
        <EdgePanel
          edge={selectedEdge}
          names={names}
          version={props.version}
          onOpenPassage={(sourceId, range) => openSourceAt(sourceId, range)}
          onEdit={(tie) => onDialog({ kind: 'tie', tie })}
          onChanged={props.onChanged}
          onClose={() => onSelect(undefined)}
        />
      )}
      {panel === 'selection' && selectedNode !== undefined && (
        <NodePanel
          actorId={selectedNode}
          graph={graph}
          names={names}
          focusedHops={focus?.actorId === selectedNode ? focus.hops : undefined}
          onFocus={(hops) => props.onFilter({ focus: hops ? { actorId: selectedNode, hops } : null })}
          onSelectEdge={(key) => onSelect({ kind: 'edge', key })}
          onAddTie={() => onDialog({ kind: 'tie', initial: { fromId: selectedNode } })}
          onOpenActor={() => openActor(selectedNode)}
          onClose={() => onSelect(undefined)}
        />
      )}
      {panel === 'metrics' && (
        <MetricsPanel
          graph={graph}
          metrics={props.metrics}
          onSelectActor={(id) => onSelect({ kind: 'node', id })}
          onClose={onClosePanel}
        />
      )}
      {panel === 'compare' && settings.compare && (
        <ComparePanel
          periods={settings.compare}
          comparison={props.comparison}
          names={names}
          onChange={(compare) => props.onSettings({ compare })}
          onClose={() => {
            props.onSettings({ compare: null })
            onClosePanel()
          }}
        />
      )}
      {panel === 'suggestions' && (
        <SuggestionsPanel
          version={props.version}
          onEdit={(suggestion) => onDialog({ kind: 'tie', suggestion })}
          onAccepted={props.onChanged}
          onCount={props.onSuggestionCount}
          onClose={onClosePanel}
        />
      )}
    </>
  )
}
