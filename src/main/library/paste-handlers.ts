// Pasting from the clipboard as a new source: HTML goes through the HTML
// extractor (sanitised, clutter removed), plain text through the text one.
// The paste is named after the moment it was made, as a file would be.
import type { ImportReport } from '@shared/models'
import type { PartialHandlerTable } from '../core/handler-registry'
import type { WeftCore } from '../core/weft-core'

export function pasteHandlers(core: WeftCore): PartialHandlerTable {
  return {
    'sources:importPasted': async ({ text, html }) => {
      const name = `Pasted ${pasteStamp(new Date())}`
      const encode = (content: string) => new TextEncoder().encode(content)
      let report: ImportReport | undefined
      if (html?.trim())
        report = await core.imports.importFiles([{ name: `${name}.html`, data: encode(html) }])
      // HTML with nothing readable in it (a copied picture, say) falls back to the plain text beside it.
      if (text?.trim() && (!report || report.failed > 0)) {
        report = await core.imports.importFiles([{ name: `${name}.txt`, data: encode(text) }])
      }
      // The contract refuses a paste with neither; this is only for the type checker.
      if (!report) return { outcomes: [], imported: 0, duplicates: 0, failed: 0 }
      if (report.imported > 0) core.events.emit('sources:changed', { count: report.imported })
      return report
    },
  }
}

/** "2026-11-21 14:03" in the researcher's own time zone. */
export function pasteStamp(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`
}
