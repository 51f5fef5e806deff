// Calls about actors and their types: list, read, create, edit, delete,
// aliases, merge and its undo, split.
import type { PartialHandlerTable } from '../core/handler-registry'
import type { WeftCore } from '../core/weft-core'

export function entitiesHandlers(core: WeftCore): PartialHandlerTable {
  return {
    'entityTypes:list': () => core.actors.entities.listTypes(),
    'entityTypes:add': ({ name }) => core.actors.entities.addType(name),
    'entities:list': () => core.actors.entities.list(),
    'entities:get': ({ id }) => core.actors.entities.get(id),
    'entities:create': (input) => core.actors.entities.create(input),
    'entities:update': ({ id, patch }) => core.actors.entities.update(id, patch),
    'entities:delete': ({ id }) => ({ deleted: core.actors.entities.delete(id) }),
    'entities:addAlias': ({ entityId, alias }) => core.actors.entities.addAlias(entityId, alias),
    'entities:removeAlias': ({ aliasId }) => ({ removed: core.actors.entities.removeAlias(aliasId) }),
    'entities:merge': ({ keepId, otherId }) => core.actors.merges.merge(keepId, otherId),
    'entities:unmerge': ({ undoToken }) => core.actors.merges.unmerge(undoToken),
    'entities:splitAlias': ({ aliasId }) => core.actors.merges.splitAlias(aliasId),
  }
}
