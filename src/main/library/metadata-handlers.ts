// Calls that change sources after import: metadata, tags, delete and undo,
// and reading the original file back.
import type { WeftCore } from '../core/weft-core'
import type { PartialHandlerTable } from '../core/handler-registry'
import type { SourceMetadata } from '@shared/models'
import { WeftError } from '../core/weft-error'

const missing = (id: number) =>
  new WeftError('not_found', `Source ${id} is not in this library. It may have been deleted.`)

export function metadataHandlers(core: WeftCore): PartialHandlerTable {
  const sources = () => core.current.sources
  const changed = (count: number) => core.events.emit('sources:changed', { count })
  return {
    'sources:update': ({ id, patch }) => {
      const updated = sources().inTransaction(() => sources().update(id, blanksAsNull(patch)))
      if (!updated) throw missing(id)
      changed(1)
      return sources().summary(id)!
    },
    'sources:tag': ({ ids, add, remove }) => {
      const updated = sources().inTransaction(() => sources().retag(ids, add, remove))
      if (updated > 0) changed(updated)
      return { updated }
    },
    'sources:delete': ({ ids }) => {
      const { deleted, batch } = sources().inTransaction(() => sources().softDelete(ids))
      if (deleted > 0) changed(deleted)
      return { deleted, undoToken: batch }
    },
    'sources:restore': ({ undoToken }) => {
      const restored = sources().inTransaction(() => sources().restore(undoToken))
      if (restored === 0) {
        throw new WeftError(
          'not_found',
          'Nothing to restore: those sources were restored already, or the delete became final when the library was reopened.',
        )
      }
      changed(restored)
      return { restored }
    },
    'sources:original': ({ id }) => {
      const original = sources().original(id)
      if (!original) throw missing(id)
      return original
    },
    'tags:list': () => sources().tags.counts(),
  }
}

/** An emptied optional field means "not known": store NULL, not an empty string. */
function blanksAsNull(patch: Partial<SourceMetadata>): Partial<SourceMetadata> {
  const clean = { ...patch }
  for (const field of ['publisher', 'url', 'language'] as const) if (clean[field] === '') clean[field] = null
  return clean
}
