// Calls about mention suggestions: a source's (the reader's dotted
// underlines), an actor's (the review queue), accept, reject (and undo it),
// accept all.
import type { PartialHandlerTable } from '../core/handler-registry'
import type { WeftCore } from '../core/weft-core'

export function mentionsHandlers(core: WeftCore): PartialHandlerTable {
  return {
    'mentions:forSource': ({ sourceId }) => core.actors.mentions.forSource(sourceId),
    'mentions:forEntity': ({ entityId, status }) => core.actors.mentions.forEntity(entityId, status),
    'mentions:accept': ({ id }) => core.actors.mentions.accept(id),
    'mentions:reject': ({ id }) => ({ rejected: core.actors.mentions.reject(id) }),
    'mentions:unreject': ({ id }) => ({ reopened: core.actors.mentions.unreject(id) }),
    'mentions:acceptAllInSource': ({ sourceId, entityId }) =>
      core.actors.mentions.acceptAllInSource(sourceId, entityId ?? null),
  }
}
