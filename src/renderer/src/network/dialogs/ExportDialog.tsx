// Export: pictures of the network as drawn (PNG at 1x, 2x or 4x, SVG), or its
// data for other tools (GraphML, GEXF with dates, CSV, Cytoscape.js JSON,
// FollowTheMoney), with the current filter or the whole network.
import { useId, useState } from 'react'
import { GRAPH_EXPORT_FORMATS, GRAPH_EXPORT_LABELS, type GraphExportFormat } from '@shared/network/exports'
import type { GraphFilter } from '@shared/network/graph-filter'
import type { NodePositions } from '@shared/network/views'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../api/weft-client'
import { Dialog } from '../../library/Dialog'
import { DialogButtons } from '../../library/DialogButtons'
import { useToasts } from '../../shell/toasts'
import type { NetworkCanvasHandle } from '../canvas/NetworkCanvas'
import { download } from '../download'

type Format = 'png' | 'svg' | GraphExportFormat

const PICTURE_LABELS = { png: 'PNG picture', svg: 'SVG picture (scalable, for reports)' } as const

interface ExportDialogProps {
  canvas(): NetworkCanvasHandle | null
  filter: GraphFilter
  /** Said of pictures when the drawing leaves ties out (a very large network). */
  pictureNote?: string | undefined
  positions(): NodePositions
  onClose(): void
}

export function ExportDialog({
  canvas: canvasOf,
  filter,
  pictureNote,
  positions,
  onClose,
}: ExportDialogProps) {
  const api = useApi()
  const toasts = useToasts()
  const ids = useId()
  const [format, setFormat] = useState<Format>('png')
  const [scale, setScale] = useState(2)
  const [scope, setScope] = useState<'filter' | 'whole'>('filter')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const picture = format === 'png' || format === 'svg'

  const run = async () => {
    setBusy(true)
    setError(undefined)
    try {
      const { library } = await api.call('app:info', {})
      const base = `${library.fileName.replace(/\.weft$/i, '')} network`
      const canvas = canvasOf()
      if (format === 'png') {
        if (!canvas) throw new Error('The network is not drawn yet.')
        download(await canvas.png(scale), `${base}${scale > 1 ? ` @${scale}x` : ''}.png`, 'image/png')
      } else if (format === 'svg') {
        if (!canvas) throw new Error('The network is not drawn yet.')
        download(canvas.svg(), `${base}.svg`, 'image/svg+xml')
      } else {
        const file = await api.call('network:export', {
          format,
          filter: scope === 'filter' ? filter : null,
          positions: positions(),
        })
        download(file.data, file.fileName, file.mediaType)
        toasts.show({
          kind: 'success',
          title: `Exported ${file.nodeCount} actors and ${file.edgeCount} ties to ${file.fileName}.`,
        })
      }
      onClose()
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  const option = (value: Format, label: string) => (
    <label key={value} className="export-option">
      <input
        type="radio"
        name={`${ids}-format`}
        value={value}
        checked={format === value}
        onChange={() => setFormat(value)}
      />
      {label}
    </label>
  )

  return (
    <Dialog
      title="Export the network"
      className="export-dialog"
      onCancel={onClose}
      footer={
        <DialogButtons
          confirmLabel="Export"
          onConfirm={() => void run()}
          onCancel={onClose}
          disabled={busy}
        />
      }
    >
      {error && (
        <p className="weft-form-error" role="alert">
          {error}
        </p>
      )}
      <fieldset className="export-group">
        <legend>Format</legend>
        {option('png', PICTURE_LABELS.png)}
        {format === 'png' && (
          <div className="export-scale" role="radiogroup" aria-label="Picture size">
            {[1, 2, 4].map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${ids}-scale`}
                  checked={scale === value}
                  onChange={() => setScale(value)}
                />
                {value}×
              </label>
            ))}
          </div>
        )}
        {option('svg', PICTURE_LABELS.svg)}
        {GRAPH_EXPORT_FORMATS.map((value) => option(value, GRAPH_EXPORT_LABELS[value]))}
      </fieldset>
      <fieldset className="export-group" disabled={picture}>
        <legend>What</legend>
        <label className="export-option">
          <input
            type="radio"
            name={`${ids}-scope`}
            checked={scope === 'filter'}
            onChange={() => setScope('filter')}
          />
          The network as filtered now
        </label>
        <label className="export-option">
          <input
            type="radio"
            name={`${ids}-scope`}
            checked={scope === 'whole'}
            onChange={() => setScope('whole')}
          />
          The whole network
        </label>
        {picture && (
          <p className="weft-field-hint">{pictureNote ?? 'Pictures show the network as it is drawn now.'}</p>
        )}
      </fieldset>
    </Dialog>
  )
}
