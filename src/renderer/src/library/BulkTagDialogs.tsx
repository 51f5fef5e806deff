// Bulk tagging: add a tag to, or remove one from, every selected source.
import { useId, useRef, useState } from 'react'
import { useApi } from '../api/api-context'
import { useToasts } from '../shell/toasts'
import { Dialog } from './Dialog'
import { DialogButtons } from './DialogButtons'
import { useLibraryFacets } from './library-facets'
import { useAction } from './use-action'
import './form-controls.css'

const plural = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'source' : 'sources'}`

/** Tag names typed into one box: commas separate several. */
function typedTags(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
}

export function AddTagDialog({ ids, onClose }: { ids: number[]; onClose(): void }) {
  const api = useApi()
  const toasts = useToasts()
  const { tags } = useLibraryFacets()
  const action = useAction()
  const [text, setText] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const listId = useId()

  const submit = () =>
    action.run(async () => {
      const add = typedTags(text)
      if (add.length === 0) return action.setError('Type the name of a tag to add.')
      const { updated } = await api.call('sources:tag', { ids, add, remove: [] })
      toasts.show({
        kind: 'success',
        title: `Tagged ${plural(updated)} with ${add.map((t) => `“${t}”`).join(', ')}`,
      })
      onClose()
    })

  return (
    <Dialog
      title={`Add a tag to ${plural(ids.length)}`}
      initialFocus={input}
      onCancel={onClose}
      footer={
        <DialogButtons
          confirmLabel="Add tag"
          onConfirm={() => void submit()}
          onCancel={onClose}
          disabled={action.busy}
        />
      }
    >
      <div className="weft-field">
        <label htmlFor={inputId}>Tag</label>
        <input
          ref={input}
          id={inputId}
          className="weft-input"
          value={text}
          list={listId}
          dir="auto"
          autoComplete="off"
          aria-invalid={action.error ? true : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void submit()
          }}
        />
        <datalist id={listId}>
          {tags.map((tag) => (
            <option key={tag.name} value={tag.name} />
          ))}
        </datalist>
        <span className="weft-field-hint">
          {tags.length === 0
            ? 'No tags yet: the name you type becomes the first. Commas separate several.'
            : 'Pick one of your tags or type a new name. Commas separate several.'}
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

export function RemoveTagDialog({
  ids,
  tagsInSelection,
  onClose,
}: {
  ids: number[]
  /** The tags the selected sources carry, so only those are offered. */
  tagsInSelection: string[]
  onClose(): void
}) {
  const api = useApi()
  const toasts = useToasts()
  const action = useAction()
  const [tag, setTag] = useState(tagsInSelection[0] ?? '')
  const selectId = useId()

  const submit = () =>
    action.run(async () => {
      const { updated } = await api.call('sources:tag', { ids, add: [], remove: [tag] })
      toasts.show({ kind: 'success', title: `Removed “${tag}” from ${plural(updated)}` })
      onClose()
    })

  const none = tagsInSelection.length === 0
  return (
    <Dialog
      title={`Remove a tag from ${plural(ids.length)}`}
      onCancel={onClose}
      footer={
        none ? (
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        ) : (
          <DialogButtons
            confirmLabel="Remove tag"
            onConfirm={() => void submit()}
            onCancel={onClose}
            disabled={action.busy}
          />
        )
      }
    >
      {none ? (
        <p className="weft-field-hint">The selected sources have no tags.</p>
      ) : (
        <div className="weft-field">
          <label htmlFor={selectId}>Tag</label>
          <select
            id={selectId}
            className="weft-select"
            value={tag}
            onChange={(event) => setTag(event.target.value)}
          >
            {tagsInSelection.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      {action.error && (
        <p className="weft-form-error" role="alert">
          {action.error}
        </p>
      )}
    </Dialog>
  )
}
