// Creating an actor from the @ picker: its name (as typed) and its type; the
// new actor is then mentioned where the @ was typed.
import { useEffect, useId, useRef, useState } from 'react'
import type { EntitySummary } from '@shared/actors'
import { useApi } from '../../api/api-context'
import { Dialog } from '../../library/Dialog'
import { DialogButtons } from '../../library/DialogButtons'
import { useAction } from '../../library/use-action'
import '../../library/form-controls.css'

interface CreateActorDialogProps {
  initialName: string
  onCreated(actor: EntitySummary): void
  onCancel(): void
}

export function CreateActorDialog({ initialName, onCreated, onCancel }: CreateActorDialogProps) {
  const api = useApi()
  const action = useAction()
  const nameId = useId()
  const typeId = useId()
  const nameInput = useRef<HTMLInputElement>(null)
  const [name, setName] = useState(initialName)
  const [types, setTypes] = useState<string[]>([])
  const [type, setType] = useState('organisation')

  useEffect(() => {
    api.call('entityTypes:list', {}).then(
      (list) => setTypes(list.map((entry) => entry.name)),
      (error: unknown) => action.setError(`Could not load the actor types: ${String(error)}`),
    )
  }, [api, action])

  const create = () =>
    action.run(async () => {
      if (!name.trim()) throw new Error('Give the actor a name.')
      onCreated(await api.call('entities:create', { name: name.trim(), type }))
    })

  return (
    <Dialog
      title="Create an actor"
      description="The new actor is mentioned in your note, and Weft looks for its name in your sources."
      initialFocus={nameInput}
      onCancel={onCancel}
      footer={
        <DialogButtons
          confirmLabel="Create and mention"
          onConfirm={() => void create()}
          onCancel={onCancel}
          disabled={action.busy}
        />
      }
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault()
          void create()
        }
      }}
    >
      {action.error && (
        <p className="weft-form-error" role="alert">
          {action.error}
        </p>
      )}
      <div className="weft-field">
        <label htmlFor={nameId}>Name</label>
        <input
          id={nameId}
          ref={nameInput}
          className="weft-input"
          value={name}
          maxLength={300}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="weft-field">
        <label htmlFor={typeId}>Type</label>
        <select
          id={typeId}
          className="weft-select"
          value={type}
          onChange={(event) => setType(event.target.value)}
        >
          {(types.length > 0 ? types : [type]).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </Dialog>
  )
}
