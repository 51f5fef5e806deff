// The view's settings: the defaults for what the library holds until the user
// changes anything, a saved view's once one is opened; saved views saved over,
// deleted, and their actors put back where they were kept.
import { useMemo, useState } from 'react'
import type { GraphFilter } from '@shared/network/graph-filter'
import type { NetworkData } from '@shared/network/network-data'
import type { NetworkViewSettings, NodePositions, SavedNetworkView } from '@shared/network/views'
import { useEvent } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import type { Positions } from './layout/force-layout'
import { defaultSettings } from './network-settings'
import { fromStored, useSavedViews } from './use-saved-views'

/** A saved view's places for the canvas to apply, with the filter of the graph they were saved with. */
export interface ViewRestore {
  positions: Positions
  seq: number
  filter: GraphFilter
}

// Where actors were drawn, kept while the app runs so the view comes back as it was left.
export const sessionPositions: Positions = new Map()

export function useViewSettings(data: NetworkData | undefined, notifyError: (message: string) => void) {
  const [settings, setSettings] = useState<NetworkViewSettings>()
  const [activeView, setActiveView] = useState<SavedNetworkView>()
  const [restore, setRestore] = useState<ViewRestore>()
  const saved = useSavedViews(notifyError)

  useEvent('library:changed', () => {
    sessionPositions.clear()
    setSettings(undefined)
    setActiveView(undefined)
  })

  const startKind = data === undefined ? 'loading' : data.ties.length === 0 ? 'no ties' : 'ties'
  // Until the user changes anything, the view follows what the library holds (no ties yet: every actor).
  const initial = useMemo(() => defaultSettings(data), [startKind]) // eslint-disable-line react-hooks/exhaustive-deps
  const current = settings ?? initial

  const patch = (change: Partial<NetworkViewSettings>) => setSettings({ ...current, ...change })
  const setFilter = (change: Partial<NetworkViewSettings['filter']>) =>
    patch({ filter: { ...current.filter, ...change } })
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
  /** Saves the current settings with `positions`, as a new view or over the open one. */
  const saveView = async (name: string, replace: boolean, positions: NodePositions) => {
    const view = await saved.save(name, current, positions, replace ? activeView?.id : undefined)
    setActiveView(view)
    return view
  }
  const deleteView = async (view: SavedNetworkView) => {
    try {
      await saved.remove(view)
      setActiveView(undefined)
    } catch (failure) {
      notifyError(`Could not delete the view: ${errorMessage(failure)}`)
    }
  }

  return {
    current,
    restore,
    views: saved.views,
    activeView,
    patch,
    setFilter,
    openView,
    saveView,
    deleteView,
  }
}
