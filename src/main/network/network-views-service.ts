// Named network views: their settings (filters, layout, sizing, colouring,
// comparison) and the positions of the actors, saved in the library.
import type { NetworkViewSettings, NodePositions, SavedNetworkView } from '@shared/network/views'
import { WeftError } from '../core/weft-error'
import type { NetworkViewRow } from '../db/network-views-repository'
import type { NetworkContext } from './network-context'

export interface ViewInput {
  id?: number | undefined
  name: string
  settings: NetworkViewSettings
  positions: NodePositions
}

export class NetworkViewsService {
  constructor(private readonly context: NetworkContext) {}

  list(): SavedNetworkView[] {
    return this.context.views.list().map(toView)
  }

  /** A new view, or the view with `id` replaced; names are unique whatever their case. */
  save(input: ViewInput): SavedNetworkView {
    const { views } = this.context
    const clash = views.byName(input.name)
    if (clash && clash.id !== input.id) {
      throw new WeftError(
        'duplicate',
        `There is already a view named "${clash.name}". Pick another name, or replace that view.`,
      )
    }
    if (input.id !== undefined && !views.get(input.id)) {
      throw new WeftError('not_found', `There is no saved view #${input.id}. It may have been deleted.`)
    }
    const stored = {
      name: input.name,
      settings: JSON.stringify(input.settings),
      positions: JSON.stringify(input.positions),
    }
    const id = this.context.transaction(() => {
      const now = this.context.now()
      if (input.id === undefined) return views.insert(stored, now)
      views.update(input.id, stored, now)
      return input.id
    })
    return toView(views.get(id)!)
  }

  delete(id: number): boolean {
    return this.context.transaction(() => this.context.views.delete(id))
  }
}

function toView(row: NetworkViewRow): SavedNetworkView {
  return {
    id: row.id,
    name: row.name,
    settings: JSON.parse(row.settings) as NetworkViewSettings,
    positions: JSON.parse(row.positions) as NodePositions,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}
