// Pasting from the clipboard as a new source.
import type { WeftCore } from '../core/weft-core'
import type { PartialHandlerTable } from '../core/handler-registry'
import { WeftError } from '../core/weft-error'

export function pasteHandlers(core: WeftCore): PartialHandlerTable {
  return {
    'sources:importPasted': ({ text, html }) => {
      // TODO(extractors): HTML goes through the HTML extractor once it exists.
      if (!text?.trim())
        throw new WeftError('unsupported_type', 'Pasting HTML is not supported yet; paste as plain text.')
      const report = core.imports.importFiles([
        { name: 'Pasted text.txt', data: new TextEncoder().encode(text) },
      ])
      if (report.imported > 0) core.events.emit('sources:changed', { count: report.imported })
      void html
      return report
    },
  }
}
