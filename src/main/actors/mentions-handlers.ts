// Calls about mention suggestions: a source's (the reader's dotted
// underlines), an actor's (the review queue), accept, reject, accept all.
import type { PartialHandlerTable } from '../core/handler-registry'
import type { WeftCore } from '../core/weft-core'

export function mentionsHandlers(core: WeftCore): PartialHandlerTable {
  return {
    'mentions:forSource': ({ sourceId }) => core.actors.mentions.forSource(sourceId),
    'mentions:forEntity': ({ entityId, status }) => core.actors.mentions.forEntity(entityId, status),
    'mentions:accept': ({ id }) => core.actors.mentions.accept(id),
    'mentions:reject': ({ id }) => ({ rejected: core.actors.mentions.reject(id) }),
    'mentions:acceptAllInSource': ({ sourceId, entityId }) =>
      core.actors.mentions.acceptAllInSource(sourceId, entityId ?? null),
  }
}
