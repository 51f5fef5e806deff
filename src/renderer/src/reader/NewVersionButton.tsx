// "New version…": imports a newer version of the source's file over it. The
// text and original are replaced and every passage re-anchored by its quote;
// those that cannot be placed with certainty are flagged for review, and the
// toast says how many, with a way to the panel where they wait.
import { useRef, useState } from 'react'
import type { Source } from '@shared/models'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { useToasts } from '../shell/toasts'
import { useReaderPassages } from './reader-passages'
import { NewVersionIcon } from './reader-icons'

export function NewVersionButton({ source }: { source: Source }) {
  const api = useApi()
  const toasts = useToasts()
  const { setPanelOpen, setPanelTab } = useReaderPassages()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)

  const replace = async (file: File) => {
    setBusy(true)
    try {
      const data = new Uint8Array(await file.arrayBuffer())
      const { reanchored, needsReview } = await api.call('sources:replaceContent', {
        id: source.id,
        file: { name: file.name, data },
      })
      const kept = `${reanchored.toLocaleString()} ${reanchored === 1 ? 'passage' : 'passages'} kept their place`
      if (needsReview === 0) {
        toasts.show({ kind: 'success', title: `Replaced the text of “${source.title}”`, details: [kept] })
        return
      }
      toasts.show({
        kind: 'info',
        title: `Replaced the text of “${source.title}”: ${needsReview.toLocaleString()} ${needsReview === 1 ? 'passage needs' : 'passages need'} review`,
        details: [
          kept,
          'Weft could not be sure where the others belong now, so it left them where they were.',
        ],
        action: {
          label: 'Review',
          run: () => {
            setPanelTab('passages')
            setPanelOpen(true)
          },
        },
      })
    } catch (failure) {
      toasts.show({
        kind: 'error',
        title: `Could not replace the text of “${source.title}”`,
        details: [errorMessage(failure)],
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        disabled={busy}
        title="Import a newer version of this source’s file: its text is replaced and passages re-anchored"
        onClick={() => input.current?.click()}
      >
        <NewVersionIcon />
        <span className="reader-tool-label">New version…</span>
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label="Choose the newer version of this source’s file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          if (file) void replace(file)
          event.currentTarget.value = ''
        }}
      />
    </>
  )
}
