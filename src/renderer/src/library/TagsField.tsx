// Tags as removable chips and a text box that suggests the library's tags;
// Enter or a comma adds what was typed, Backspace in the empty box removes the last.
import { useId, type RefObject } from 'react'
import type { TagCount } from '@shared/models'
import { CloseIcon } from '../common/icons'
import { withTag } from './metadata-form'

interface TagsFieldProps {
  tags: string[]
  onChange(tags: string[]): void
  /** What is typed and not yet added; the editor adds it on save. */
  pending: string
  onPendingChange(text: string): void
  suggestions: TagCount[]
  inputRef?: RefObject<HTMLInputElement | null>
}

export function TagsField({
  tags,
  onChange,
  pending,
  onPendingChange,
  suggestions,
  inputRef,
}: TagsFieldProps) {
  const labelId = useId()
  const listId = useId()
  const hintId = useId()
  const unused = suggestions.filter(
    (tag) => !tags.some((name) => name.toLowerCase() === tag.name.toLowerCase()),
  )
  const add = () => {
    onChange(withTag(tags, pending))
    onPendingChange('')
  }
  return (
    <div className="weft-field" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="weft-field-label">
        Tags
      </span>
      <div className="chip-input">
        {tags.length > 0 && (
          <ul className="chip-list" aria-label="Tags on this source">
            {tags.map((tag) => (
              <li key={tag} className="chip">
                <span dir="auto">{tag}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() => onChange(tags.filter((name) => name !== tag))}
                >
                  <CloseIcon />
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={inputRef}
          className="chip-input-text"
          value={pending}
          list={listId}
          aria-label="Add a tag"
          aria-describedby={hintId}
          placeholder={tags.length === 0 ? 'Add a tag…' : 'Add another…'}
          autoComplete="off"
          dir="auto"
          onChange={(event) => {
            const text = event.target.value
            if (text.endsWith(',')) {
              onChange(withTag(tags, text.slice(0, -1)))
              onPendingChange('')
            } else onPendingChange(text)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && pending.trim() !== '') {
              // Enter adds the tag here; only Enter in an empty box saves the form.
              event.preventDefault()
              event.stopPropagation()
              add()
            } else if (event.key === 'Backspace' && pending === '' && tags.length > 0) {
              onChange(tags.slice(0, -1))
            }
          }}
        />
        <datalist id={listId}>
          {unused.map((tag) => (
            <option key={tag.name} value={tag.name} />
          ))}
        </datalist>
      </div>
      <span id={hintId} className="weft-field-hint">
        {suggestions.length === 0
          ? 'No tags yet: type a name and press Enter to make the first.'
          : 'Type to pick one of your tags or make a new one; Enter adds it.'}
      </span>
    </div>
  )
}
