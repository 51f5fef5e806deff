// Calls about sources: list, read, import.
import { WeftError } from '../core/weft-error'
import type { PartialHandlerTable } from '../core/handler-registry'
import type { WeftCore } from '../core/weft-core'

export function sourcesHandlers(core: WeftCore): PartialHandlerTable {
  return {
    'sources:list': () => core.current.sources.list(),
    'sources:firstPage': ({ limit }) => core.current.sources.firstPage(limit),
    'sources:get': ({ id }) => {
      const source = core.current.sources.get(id)
      if (!source)
        throw new WeftError('not_found', `Source ${id} is not in this library. It may have been deleted.`)
      return source
    },
    'sources:importFiles': async ({ files }) => {
      const report = await core.imports.importFiles(files)
      if (report.imported > 0) core.events.emit('sources:changed', { count: report.imported })
      return report
    },
  }
}
