// Calls about passages: make one from a span, comment and colour it, link it
// to actors, delete and restore it, list them, settle a re-anchoring review;
// and importing a newer version of a source's file, which re-anchors them.
import type { PartialHandlerTable } from '../core/handler-registry'
import type { WeftCore } from '../core/weft-core'

export function passagesHandlers(core: WeftCore): PartialHandlerTable {
  return {
    'passages:create': (input) => core.actors.passages.create(input),
    'passages:update': ({ id, patch }) => core.actors.passages.update(id, patch),
    'passages:delete': ({ id }) => core.actors.passages.delete(id),
    'passages:restore': ({ undoToken }) => core.actors.passages.restore(undoToken),
    'passages:forSource': ({ sourceId }) => core.actors.passages.forSource(sourceId),
    'passages:forEntity': ({ entityId }) => core.actors.passages.forEntity(entityId),
    'passages:link': ({ passageId, entityId }) => core.actors.passages.link(passageId, entityId),
    'passages:unlink': ({ passageId, entityId }) => core.actors.passages.unlink(passageId, entityId),
    'passages:resolveReview': ({ id, start, end }) =>
      core.actors.passages.resolveReview(id, {
        ...(start === undefined ? {} : { start }),
        ...(end === undefined ? {} : { end }),
      }),
    'sources:replaceContent': ({ id, file }) => core.actors.replacements.replace(id, file),
  }
}
