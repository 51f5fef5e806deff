// Managing collections: make one, rename one in place, delete one (after
// asking). The sources in a deleted collection stay in the library.
import { useId, useRef, useState } from 'react'
import type { Collection } from '@shared/models'
import { useApi } from '../api/api-context'
import { ConfirmDialog } from './ConfirmDialog'
import { Dialog } from './Dialog'
import { useLibraryFacets } from './library-facets'
import { useAction } from './use-action'
import './collections-dialog.css'
import './form-controls.css'

export function CollectionsDialog({ onClose }: { onClose(): void }) {
  const api = useApi()
  const { collections, reload } = useLibraryFacets()
  const [newName, setNewName] = useState('')
  const [renaming, setRenaming] = useState<number>()
  const [deleting, setDeleting] = useState<Collection>()
  const create = useAction()
  const newInput = useRef<HTMLInputElement>(null)
  const afterDelete = useRef<HTMLElement | null>(null)
  const newId = useId()

  const submitNew = () =>
    create.run(async () => {
      if (newName.trim() === '') return create.setError('Type a name for the new collection.')
      await api.call('collections:create', { name: newName })
      setNewName('')
      reload()
    })

  return (
    <>
      <Dialog
        title="Collections"
        className="collections-dialog"
        description={
          <p>Collections group sources, say by chapter or question; a source may be in several.</p>
        }
        initialFocus={newInput}
        onCancel={onClose}
        footer={
          <button type="button" className="button" onClick={onClose}>
            Done
          </button>
        }
      >
        <div className="weft-field">
          <label htmlFor={newId}>New collection</label>
          <div className="inline-form">
            <input
              ref={newInput}
              id={newId}
              className="weft-input"
              value={newName}
              dir="auto"
              autoComplete="off"
              placeholder="e.g. Coalition membership"
              aria-invalid={create.error ? true : undefined}
              onChange={(event) => setNewName(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') void submitNew()
              }}
            />
            <button type="button" className="button" disabled={create.busy} onClick={() => void submitNew()}>
              Create
            </button>
          </div>
          {create.error && (
            <span className="weft-field-error" role="alert">
              {create.error}
            </span>
          )}
        </div>
        {collections.length === 0 ? (
          <p className="collections-empty">No collections yet.</p>
        ) : (
          <ul className="collections-list" aria-label="Your collections">
            {collections.map((collection) =>
              renaming === collection.id ? (
                <RenameRow
                  key={collection.id}
                  collection={collection}
                  onDone={() => {
                    setRenaming(undefined)
                    reload()
                  }}
                  onCancel={() => setRenaming(undefined)}
                />
              ) : (
                <li key={collection.id} className="collection-row">
                  <span className="collection-name" dir="auto">
                    {collection.name}
                  </span>
                  <span className="collection-count">
                    {collection.sourceCount.toLocaleString()}{' '}
                    {collection.sourceCount === 1 ? 'source' : 'sources'}
                  </span>
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={`Rename ${collection.name}`}
                    onClick={() => setRenaming(collection.id)}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    className="button button-quiet collection-delete"
                    aria-label={`Delete ${collection.name}`}
                    onClick={() => setDeleting(collection)}
                  >
                    Delete
                  </button>
                </li>
              ),
            )}
          </ul>
        )}
      </Dialog>
      {deleting && (
        <ConfirmDialog
          title={`Delete the collection “${deleting.name}”?`}
          confirmLabel="Delete collection"
          onCancel={() => setDeleting(undefined)}
          returnFocus={afterDelete}
          onConfirm={async () => {
            await api.call('collections:delete', { id: deleting.id })
            // The row whose Delete button asked is going: keep the keyboard in this dialog.
            afterDelete.current = newInput.current
            setDeleting(undefined)
            reload()
          }}
        >
          <p>
            {deleting.sourceCount > 0
              ? `Its ${deleting.sourceCount.toLocaleString()} ${deleting.sourceCount === 1 ? 'source stays' : 'sources stay'} in the library; only the grouping goes.`
              : 'It holds no sources.'}
          </p>
        </ConfirmDialog>
      )}
    </>
  )
}

function RenameRow({
  collection,
  onDone,
  onCancel,
}: {
  collection: Collection
  onDone(): void
  onCancel(): void
}) {
  const api = useApi()
  const action = useAction()
  const [name, setName] = useState(collection.name)
  const errorId = useId()
  const save = () =>
    action.run(async () => {
      if (name.trim() === collection.name) return onCancel()
      await api.call('collections:rename', { id: collection.id, name })
      onDone()
    })
  return (
    <li className="collection-row is-renaming">
      <input
        className="weft-input"
        value={name}
        dir="auto"
        autoFocus
        aria-label={`New name for ${collection.name}`}
        aria-invalid={action.error ? true : undefined}
        aria-describedby={action.error ? errorId : undefined}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void save()
          if (event.key === 'Escape') {
            // Escape leaves renaming, not the whole dialog.
            event.preventDefault()
            event.stopPropagation()
            onCancel()
          }
        }}
      />
      <button type="button" className="button" disabled={action.busy} onClick={() => void save()}>
        Save
      </button>
      <button type="button" className="button button-quiet" onClick={onCancel}>
        Cancel
      </button>
      {action.error && (
        <span id={errorId} className="weft-field-error collection-error" role="alert">
          {action.error}
        </span>
      )}
    </li>
  )
}
