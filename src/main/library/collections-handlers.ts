// Calls about collections: named sets of sources.
import type { WeftCore } from '../core/weft-core'
import type { PartialHandlerTable } from '../core/handler-registry'

export function collectionsHandlers(core: WeftCore): PartialHandlerTable {
  const collections = () => core.current.sources.collections
  const changed = (count: number) => core.events.emit('sources:changed', { count })
  return {
    'collections:list': () => collections().list(),
    'collections:create': ({ name }) => collections().create(name),
    'collections:rename': ({ id, name }) => collections().rename(id, name),
    'collections:delete': ({ id }) => {
      const deleted = collections().delete(id)
      if (deleted) changed(0)
      return { deleted }
    },
    'collections:setMembership': ({ id, sourceIds, member }) => {
      const updated = core.current.sources.inTransaction(() =>
        collections().setMembership(id, sourceIds, member),
      )
      if (updated > 0) changed(updated)
      return { updated }
    },
  }
}
