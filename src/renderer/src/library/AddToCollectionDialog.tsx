// Adds the selected sources to a collection: one of the library's, or a new
// one made from the name typed.
import { useId, useRef, useState } from 'react'
import { useApi } from '../api/api-context'
import { useToasts } from '../shell/toasts'
import { Dialog } from './Dialog'
import { DialogButtons } from './DialogButtons'
import { useLibraryFacets } from './library-facets'
import { useAction } from './use-action'
import './form-controls.css'

export function AddToCollectionDialog({ ids, onClose }: { ids: number[]; onClose(): void }) {
  const api = useApi()
  const toasts = useToasts()
  const { collections, reload } = useLibraryFacets()
  const action = useAction()
  const [name, setName] = useState(collections[0]?.name ?? '')
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const listId = useId()
  const count = `${ids.length.toLocaleString()} ${ids.length === 1 ? 'source' : 'sources'}`

  const submit = () =>
    action.run(async () => {
      const wanted = name.trim()
      if (wanted === '') return action.setError('Choose a collection or type a name for a new one.')
      // Collection names are unique without regard to case, as the library keeps them.
      const existing = collections.find(
        (collection) => collection.name.toLowerCase() === wanted.toLowerCase(),
      )
      const collection = existing ?? (await api.call('collections:create', { name: wanted }))
      await api.call('collections:setMembership', { id: collection.id, sourceIds: ids, member: true })
      reload()
      toasts.show({ kind: 'success', title: `Added ${count} to “${collection.name}”` })
      onClose()
    })

  const isNew =
    name.trim() !== '' && !collections.some((c) => c.name.toLowerCase() === name.trim().toLowerCase())
  return (
    <Dialog
      title={`Add ${count} to a collection`}
      initialFocus={input}
      onCancel={onClose}
      footer={
        <DialogButtons
          confirmLabel={isNew ? 'Create and add' : 'Add to collection'}
          onConfirm={() => void submit()}
          onCancel={onClose}
          disabled={action.busy}
        />
      }
    >
      <div className="weft-field">
        <label htmlFor={inputId}>Collection</label>
        <input
          ref={input}
          id={inputId}
          className="weft-input"
          value={name}
          list={listId}
          dir="auto"
          autoComplete="off"
          aria-invalid={action.error ? true : undefined}
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void submit()
          }}
        />
        <datalist id={listId}>
          {collections.map((collection) => (
            <option key={collection.id} value={collection.name} />
          ))}
        </datalist>
        <span className="weft-field-hint">
          {collections.length === 0
            ? 'No collections yet: type a name to make the first.'
            : isNew
              ? 'A new collection with this name will be made.'
              : 'Pick a collection or type a new name.'}
        </span>
      </div>
      {action.error && (
        <p className="weft-form-error" role="alert">
          {action.error}
        </p>
      )}
    </Dialog>
  )
}
