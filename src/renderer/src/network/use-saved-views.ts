// The library's saved network views: listed, saved (new or over one) and deleted.
import { useCallback, useEffect, useState } from 'react'
import type { NetworkViewSettings, NodePositions, SavedNetworkView } from '@shared/network/views'
import { useApi, useEvent } from '../api/api-context'

export interface SavedViews {
  views: SavedNetworkView[]
  save(
    name: string,
    settings: NetworkViewSettings,
    positions: NodePositions,
    replaceId?: number,
  ): Promise<SavedNetworkView>
  remove(view: SavedNetworkView): Promise<void>
}

export function useSavedViews(onError: (message: string) => void): SavedViews {
  const api = useApi()
  const [views, setViews] = useState<SavedNetworkView[]>([])
  const load = useCallback(() => {
    api
      .call('network:views', {})
      .then(setViews, (failure: unknown) => onError(`Could not list the saved views: ${String(failure)}`))
  }, [api, onError])
  useEffect(load, [load])
  useEvent('library:changed', load)
  const save = useCallback(
    async (name: string, settings: NetworkViewSettings, positions: NodePositions, replaceId?: number) => {
      const saved = await api.call('network:saveView', {
        ...(replaceId ? { id: replaceId } : {}),
        name,
        settings,
        positions,
      })
      load()
      return saved
    },
    [api, load],
  )
  const remove = useCallback(
    async (view: SavedNetworkView) => {
      await api.call('network:deleteView', { id: view.id })
      load()
    },
    [api, load],
  )
  return { views, save, remove }
}

/** Positions as the canvas keeps them, and as a view stores them. */
export function toStored(positions: Map<number, [number, number]>): NodePositions {
  const stored: NodePositions = {}
  for (const [id, [x, y]] of positions)
    stored[String(id)] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10]
  return stored
}

export function fromStored(positions: NodePositions): Map<number, [number, number]> {
  return new Map(Object.entries(positions).map(([id, position]) => [Number(id), position]))
}
