// The notes calls: list, read, write, history, backlinks, quoting passages,
// searching, exporting. Each runs against the current library's note services.
import type { PartialHandlerTable } from '../core/handler-registry'
import type { WeftCore } from '../core/weft-core'
import { exportNote } from './export/export-note'
import { noteServicesFor } from './notes-for-library'

export function notesHandlers(core: WeftCore): PartialHandlerTable {
  const notes = () => noteServicesFor(core.current)
  return {
    'notes:list': ({ query, sort }) =>
      query.trim() ? notes().search.filter(query, sort) : notes().notes.list(sort),
    'notes:get': ({ id }) => notes().notes.get(id),
    'notes:create': ({ title, content }) => notes().notes.create(title, content),
    'notes:rename': ({ id, title }) => notes().notes.rename(id, title),
    'notes:save': ({ id, content, title }) => notes().notes.save(id, content, title),
    'notes:saveBlocks': ({ id, baseRevision, root, blocks }) =>
      notes().notes.saveBlocks(id, baseRevision, root, blocks),
    'notes:delete': ({ id }) => notes().notes.delete(id),
    'notes:restore': ({ undoToken }) => notes().notes.restore(undoToken),
    'notes:versions': ({ id }) => notes().history.list(id),
    'notes:version': ({ versionId }) => notes().history.get(versionId),
    'notes:restoreVersion': ({ id, versionId }) => notes().history.restore(id, versionId),
    'notes:forEntity': ({ entityId }) => notes().notes.forEntity(entityId),
    'notes:findPassages': ({ query, limit }) => notes().passages.find(query, limit),
    'notes:passages': ({ ids }) => notes().passages.byIds(ids),
    'notes:search': ({ query, limit }) => notes().search.search(query, limit),
    'notes:export': ({ id, format, mentions }) => exportNote(notes().notes.get(id), format, mentions),
  }
}
