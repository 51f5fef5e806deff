// Create an actor, or edit one's name, type, parent and description.
import { useRef, useState, type KeyboardEvent } from 'react'
import { looksLikeAcronym } from '@shared/names/normalise-name'
import type { EntitySummary, EntityType } from '@shared/actors'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { Dialog } from '../library/Dialog'
import { DialogButtons } from '../library/DialogButtons'
import '../library/form-controls.css'

interface ActorDialogProps {
  types: EntityType[]
  actors: EntitySummary[]
  /** Editing this actor; creating a new one when absent. */
  editing?: { id: number; name: string; type: string; description: string; parentId: number | null }
  initialName?: string
  onDone(id: number): void
  onCancel(): void
}

export function ActorDialog({
  types,
  actors,
  editing,
  initialName = '',
  onDone,
  onCancel,
}: ActorDialogProps) {
  const api = useApi()
  const [name, setName] = useState(editing?.name ?? initialName)
  const [type, setType] = useState(editing?.type ?? types[0]?.name ?? 'person')
  const [newType, setNewType] = useState('')
  const [aliases, setAliases] = useState('')
  const [description, setDescription] = useState(editing?.description ?? '')
  const [parentId, setParentId] = useState<number | null>(editing?.parentId ?? null)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const nameField = useRef<HTMLInputElement>(null)

  const submit = async () => {
    if (busy || !name.trim()) return
    setBusy(true)
    setError(undefined)
    try {
      const chosenType =
        type === '__new__' ? (await api.call('entityTypes:add', { name: newType })).name : type
      if (editing) {
        await api.call('entities:update', {
          id: editing.id,
          patch: { name, type: chosenType, description, parentId },
        })
        onDone(editing.id)
      } else {
        const aliasList = aliases
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((alias) => ({
            name: alias,
            kind: looksLikeAcronym(alias) ? ('acronym' as const) : ('transliteration' as const),
          }))
        const created = await api.call('entities:create', {
          name,
          type: chosenType,
          aliases: aliasList,
          description,
          parentId,
        })
        onDone(created.id)
      }
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  const parents = actors.filter((actor) => actor.id !== editing?.id)
  return (
    <Dialog
      title={editing ? `Edit ${editing.name}` : 'New actor'}
      onCancel={onCancel}
      initialFocus={nameField}
      footer={
        <DialogButtons
          confirmLabel={editing ? 'Save' : 'Create actor'}
          onConfirm={() => void submit()}
          onCancel={onCancel}
          disabled={busy || !name.trim()}
        />
      }
    >
      {/* Not a <form>: the web shell's CSP sandbox (no allow-forms) never fires submit. Enter saves. */}
      <div
        onKeyDown={(event: KeyboardEvent) => {
          if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
            event.preventDefault()
            void submit()
          }
        }}
      >
        {error && (
          <p className="weft-form-error" role="alert">
            {error}
          </p>
        )}
        <div className="weft-field">
          <label htmlFor="actor-name">Name</label>
          <input
            id="actor-name"
            ref={nameField}
            className="weft-input"
            value={name}
            dir="auto"
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="weft-field">
          <label htmlFor="actor-type">Type</label>
          <select
            id="actor-type"
            className="weft-select"
            value={type}
            onChange={(event) => setType(event.target.value)}
          >
            {types.map((item) => (
              <option key={item.name} value={item.name}>
                {item.name}
              </option>
            ))}
            <option value="__new__">New type…</option>
          </select>
        </div>
        {type === '__new__' && (
          <div className="weft-field">
            <label htmlFor="actor-new-type">New type</label>
            <input
              id="actor-new-type"
              className="weft-input"
              value={newType}
              onChange={(event) => setNewType(event.target.value)}
            />
          </div>
        )}
        {!editing && (
          <div className="weft-field">
            <label htmlFor="actor-aliases">Aliases</label>
            <textarea
              id="actor-aliases"
              className="weft-input actor-textarea"
              rows={3}
              dir="auto"
              value={aliases}
              onChange={(event) => setAliases(event.target.value)}
            />
            <span className="weft-field-hint">One per line: acronyms (SDF, IS) match only in capitals.</span>
          </div>
        )}
        <div className="weft-field">
          <label htmlFor="actor-parent">Part of</label>
          <select
            id="actor-parent"
            className="weft-select"
            value={parentId ?? ''}
            onChange={(event) => setParentId(event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">Nothing (top level)</option>
            {parents.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </div>
        <div className="weft-field">
          <label htmlFor="actor-description">Description</label>
          <textarea
            id="actor-description"
            className="weft-input actor-textarea"
            rows={3}
            dir="auto"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
      </div>
    </Dialog>
  )
}
