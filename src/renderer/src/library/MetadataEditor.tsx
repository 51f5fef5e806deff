// Edit details: every metadata field of one source in a dialog. Enter in a
// field or Ctrl/Cmd+S saves, Escape cancels; the core's refusals appear
// beside the field they concern and nothing is saved.
import { useId, useRef, useState, type ReactNode } from 'react'
import type { SourceSummary } from '@shared/models'
import { useApi } from '../api/api-context'
import { CallFailed, errorMessage } from '../api/weft-client'
import { AuthorsField } from './AuthorsField'
import { Dialog } from './Dialog'
import { DialogButtons } from './DialogButtons'
import { useLibraryFacets } from './library-facets'
import {
  checkDraft,
  draftFrom,
  fieldErrorsFrom,
  patchFrom,
  withTag,
  type FieldErrors,
  type MetadataDraft,
} from './metadata-form'
import { KIND_OPTIONS } from './source-kinds'
import { TagsField } from './TagsField'
import './metadata-editor.css'

const LANGUAGE_SUGGESTIONS = ['en', 'ar', 'fr', 'de', 'tr', 'ku']

export function MetadataEditor({ source, onClose }: { source: SourceSummary; onClose(): void }) {
  const api = useApi()
  const { tags, collections, reload } = useLibraryFacets()
  const [draft, setDraft] = useState<MetadataDraft>(() => draftFrom(source))
  const [pendingTag, setPendingTag] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const titleInput = useRef<HTMLInputElement>(null)
  const body = useRef<HTMLDivElement>(null)
  const languageList = useId()
  const set = (patch: Partial<MetadataDraft>) => setDraft((current) => ({ ...current, ...patch }))

  const save = async () => {
    if (saving) return
    const final = { ...draft, tags: withTag(draft.tags, pendingTag) }
    const found = checkDraft(final)
    setFormError(undefined)
    setErrors(found)
    if (Object.keys(found).length > 0) return focusFirstInvalid()
    const patch = patchFrom(final, source)
    if (Object.keys(patch).length === 0) return onClose()
    setSaving(true)
    try {
      await api.call('sources:update', { id: source.id, patch })
      reload()
      onClose()
    } catch (failure) {
      setSaving(false)
      if (failure instanceof CallFailed && failure.error.code === 'invalid_input') {
        const { fields, other } = fieldErrorsFrom(failure.error.message)
        setErrors(fields)
        setFormError(other)
        focusFirstInvalid()
      } else setFormError(`Not saved: ${errorMessage(failure)}`)
    }
  }
  const focusFirstInvalid = () =>
    requestAnimationFrame(() => body.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())

  const field = (
    name: keyof FieldErrors,
    label: string,
    input: (props: FieldProps) => ReactNode,
    hint?: string,
  ) => (
    <Field name={name} label={label} error={errors[name]} hint={hint}>
      {input}
    </Field>
  )

  return (
    <Dialog
      title="Edit details"
      className="metadata-editor"
      description={<p dir="auto">{source.fileName}</p>}
      initialFocus={titleInput}
      onCancel={onClose}
      onKeyDown={(event) => {
        const key = event.key.toLowerCase()
        if ((event.ctrlKey || event.metaKey) && key === 's') {
          event.preventDefault()
          void save()
        } else if (
          key === 'enter' &&
          event.target instanceof HTMLInputElement &&
          event.target.type !== 'checkbox'
        ) {
          event.preventDefault()
          void save()
        }
      }}
      footer={
        <DialogButtons
          confirmLabel={saving ? 'Saving…' : 'Save'}
          onConfirm={() => void save()}
          onCancel={onClose}
          disabled={saving}
          before={<span className="footer-hint">Enter or Ctrl+S saves · Escape cancels</span>}
        />
      }
    >
      <div ref={body} className="metadata-form">
        {formError && (
          <p className="weft-form-error" role="alert">
            {formError}
          </p>
        )}
        {field('title', 'Title', (props) => (
          <input
            {...props}
            ref={titleInput}
            value={draft.title}
            onChange={(e) => set({ title: e.target.value })}
          />
        ))}
        <AuthorsField
          authors={draft.authors}
          onChange={(authors) => set({ authors })}
          error={errors.authors}
        />
        <div className="metadata-row">
          {field('publisher', 'Publisher', (props) => (
            <input {...props} value={draft.publisher} onChange={(e) => set({ publisher: e.target.value })} />
          ))}
          {field(
            'publishedDate',
            'Published',
            (props) => (
              <input
                {...props}
                value={draft.publishedDate}
                inputMode="numeric"
                placeholder="2025-11-24"
                onChange={(e) => set({ publishedDate: e.target.value })}
              />
            ),
            'A year, month or day: 2025, 2025-11, 2025-11-24',
          )}
        </div>
        {field('url', 'URL', (props) => (
          <input {...props} value={draft.url} dir="ltr" onChange={(e) => set({ url: e.target.value })} />
        ))}
        <div className="metadata-row">
          {field('language', 'Language', (props) => (
            <input
              {...props}
              value={draft.language}
              list={languageList}
              placeholder="en, ar…"
              onChange={(e) => set({ language: e.target.value })}
            />
          ))}
          {field('kind', 'Kind', (props) => (
            <select
              {...props}
              className="weft-select"
              value={draft.kind}
              onChange={(e) => set({ kind: e.target.value as MetadataDraft['kind'] })}
            >
              {KIND_OPTIONS.map((kind) => (
                <option key={kind.value} value={kind.value}>
                  {kind.label}
                </option>
              ))}
            </select>
          ))}
        </div>
        <datalist id={languageList}>
          {LANGUAGE_SUGGESTIONS.map((code) => (
            <option key={code} value={code} />
          ))}
        </datalist>
        <TagsField
          tags={draft.tags}
          onChange={(next) => set({ tags: next })}
          pending={pendingTag}
          onPendingChange={setPendingTag}
          suggestions={tags}
        />
        {errors.tags && <p className="weft-field-error">{errors.tags}</p>}
        <fieldset className="metadata-collections">
          <legend className="weft-field-label">Collections</legend>
          {collections.length === 0 ? (
            <p className="weft-field-hint">No collections yet. Make one with Collections… above the table.</p>
          ) : (
            collections.map((collection) => (
              <label key={collection.id} className="checkbox-row">
                <input
                  type="checkbox"
                  checked={draft.collectionIds.includes(collection.id)}
                  onChange={(e) =>
                    set({
                      collectionIds: e.target.checked
                        ? [...draft.collectionIds, collection.id]
                        : draft.collectionIds.filter((id) => id !== collection.id),
                    })
                  }
                />
                <span dir="auto">{collection.name}</span>
              </label>
            ))
          )}
          {errors.collectionIds && <p className="weft-field-error">{errors.collectionIds}</p>}
        </fieldset>
      </div>
    </Dialog>
  )
}

interface FieldProps {
  id: string
  className: string
  'aria-invalid': boolean | undefined
  'aria-describedby': string | undefined
}

function Field({
  name,
  label,
  error,
  hint,
  children,
}: {
  name: string
  label: string
  error: string | undefined
  hint: string | undefined
  children: (props: FieldProps) => ReactNode
}) {
  const id = useId()
  const noteId = `${id}-note`
  return (
    <div className={`weft-field field-${name}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        className: 'weft-input',
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error || hint ? noteId : undefined,
      })}
      {error ? (
        <span id={noteId} className="weft-field-error">
          {error}
        </span>
      ) : (
        hint && (
          <span id={noteId} className="weft-field-hint">
            {hint}
          </span>
        )
      )}
    </div>
  )
}
