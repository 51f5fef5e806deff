// What the canvas draws: past the drawing budget only the strongest ties,
// unless the user asks for all, with each actor's look and each tie type's colour.
import { useMemo, useState } from 'react'
import type { Graph, GraphFilter } from '@shared/network/graph-filter'
import type { MetricsResult } from '@shared/network/metrics'
import type { NetworkData } from '@shared/network/network-data'
import type { PeriodComparison } from '@shared/network/period-compare'
import type { NetworkViewSettings } from '@shared/network/views'
import { useEvent } from '../api/api-context'
import { drawnGraph, fitsLimit } from './draw-budget'
import { nodeLooks } from './node-looks'
import { countTies } from './use-network-graph'

interface DrawingInputs {
  data: NetworkData | undefined
  graph: Graph
  comparison: PeriodComparison | undefined
  /** The neighbourhood in focus, from the filter the graph was built with. */
  focus: GraphFilter['focus']
  settings: NetworkViewSettings
  metrics: MetricsResult | undefined
}

export function useDrawing({ data, graph, comparison, focus, settings, metrics }: DrawingInputs) {
  // Past the drawing budget only the strongest ties are drawn, unless the user asks for all.
  const [drawAll, setDrawAll] = useState(false)
  useEvent('library:changed', () => setDrawAll(false))

  const looks = useMemo(
    () => nodeLooks(graph, settings.sizeBy, settings.colorBy, metrics),
    [graph, settings.sizeBy, settings.colorBy, metrics],
  )
  const tieTypeColors = useMemo(
    () => new Map(data?.tieTypes.map((type) => [type.name, type.color]) ?? []),
    [data],
  )
  // A neighbourhood in focus is always drawn whole: that is how the user sees the ties left out.
  const drawn = useMemo(
    () => (drawAll || focus ? { graph, limited: false } : drawnGraph(graph)),
    [graph, drawAll, focus],
  )
  const overBudget = drawAll && !fitsLimit(graph)
  const canvas = useMemo(
    () => ({ graph: drawn.graph, looks, tieTypeColors, changes: comparison?.edgeChanges }),
    [drawn, looks, tieTypeColors, comparison],
  )
  const drawnTieCount = useMemo(() => countTies(drawn.graph), [drawn])
  return { drawn, drawnTieCount, overBudget, canvas, setDrawAll }
}
