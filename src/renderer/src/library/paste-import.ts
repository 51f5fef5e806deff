// Sends pasted text or HTML to the core as a new source, says how it went,
// and opens the source it made (or the one it duplicates).
import { useCallback } from 'react'
import { formatBytes, MAX_TEXT_FILE_BYTES } from '@shared/limits'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { useToasts } from '../shell/toasts'
import { importSummaryToast } from './import-summary'
import type { PastedContent } from './paste-clipboard'
import { useReaderTarget } from './reader-target'

export function usePasteImport(): (content: PastedContent) => Promise<void> {
  const api = useApi()
  const toasts = useToasts()
  const { openSource } = useReaderTarget()
  return useCallback(
    async (content: PastedContent) => {
      // HTML far larger than its text (inline images, say) may pass the limit alone: the text still goes.
      const html = content.html && content.html.length <= MAX_TEXT_FILE_BYTES ? content.html : undefined
      const text = content.text && content.text.length <= MAX_TEXT_FILE_BYTES ? content.text : undefined
      if (!html && !text) {
        toasts.show({
          kind: 'error',
          title: 'The clipboard holds too much to paste',
          details: [
            `Weft takes pasted text up to ${formatBytes(MAX_TEXT_FILE_BYTES)}. Save it to a file and import the file instead.`,
          ],
        })
        return
      }
      try {
        const report = await api.call('sources:importPasted', {
          ...(html && { html }),
          ...(text && { text }),
        })
        toasts.show(importSummaryToast(report.outcomes, false))
        const made = report.outcomes.find((outcome) => outcome.status !== 'failed')
        if (made) openSource(made.sourceId)
      } catch (error) {
        toasts.show({
          kind: 'error',
          title: 'Could not paste as a new source',
          details: [errorMessage(error)],
        })
      }
    },
    [api, toasts, openSource],
  )
}
