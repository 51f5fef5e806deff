// Saves the view (filters, layout, sizing, colouring, comparison and where
// each actor sits) under a name, as a new view or over the one open.
import { useId, useState } from 'react'
import type { SavedNetworkView } from '@shared/network/views'
import { errorMessage } from '../../api/weft-client'
import { Dialog } from '../../library/Dialog'
import { DialogButtons } from '../../library/DialogButtons'

interface SaveViewDialogProps {
  current: SavedNetworkView | undefined
  onSave(name: string, replace: boolean): Promise<void>
  onCancel(): void
}

export function SaveViewDialog({ current, onSave, onCancel }: SaveViewDialogProps) {
  const id = useId()
  const [name, setName] = useState(current?.name ?? '')
  const [replace, setReplace] = useState(current !== undefined)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const save = async () => {
    if (!name.trim()) {
      setError('Give the view a name.')
      return
    }
    setBusy(true)
    try {
      await onSave(name.trim(), replace)
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }
  return (
    <Dialog
      title="Save view"
      onCancel={onCancel}
      footer={
        <DialogButtons
          confirmLabel="Save"
          onConfirm={() => void save()}
          onCancel={onCancel}
          disabled={busy}
        />
      }
    >
      {error && (
        <p className="weft-form-error" role="alert">
          {error}
        </p>
      )}
      <div className="weft-field">
        <label htmlFor={id}>Name</label>
        <input
          id={id}
          className="weft-input"
          dir="auto"
          value={name}
          placeholder="Coordination in late 2025"
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void save()
          }}
        />
      </div>
      {current && (
        <label className="tie-dialog-check">
          <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />
          Replace “{current.name}”
        </label>
      )}
    </Dialog>
  )
}
