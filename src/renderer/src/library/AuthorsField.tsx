// Several authors, one text box each, with Add author and a remove button per row.
import { useId, useRef } from 'react'
import { CloseIcon } from '../common/icons'

interface AuthorsFieldProps {
  authors: string[]
  onChange(authors: string[]): void
  error: string | undefined
}

export function AuthorsField({ authors, onChange, error }: AuthorsFieldProps) {
  const labelId = useId()
  const errorId = useId()
  const list = useRef<HTMLDivElement>(null)
  const set = (index: number, value: string) =>
    onChange(authors.map((author, i) => (i === index ? value : author)))
  const focusRow = (index: number) =>
    requestAnimationFrame(() => list.current?.querySelectorAll('input')[index]?.focus())

  return (
    <div className="weft-field" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="weft-field-label">
        Authors
      </span>
      <div ref={list} className="authors-list">
        {authors.map((author, index) => (
          <div key={index} className="author-row">
            <input
              className="weft-input"
              value={author}
              dir="auto"
              aria-label={`Author ${index + 1}`}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              placeholder="Name as the source gives it"
              onChange={(event) => set(index, event.target.value)}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove author ${index + 1}${author.trim() ? ` (${author.trim()})` : ''}`}
              disabled={authors.length === 1 && author === ''}
              onClick={() => {
                const rest = authors.filter((_, i) => i !== index)
                onChange(rest.length > 0 ? rest : [''])
                focusRow(Math.max(0, index - 1))
              }}
            >
              <CloseIcon />
            </button>
          </div>
        ))}
      </div>
      <button
        type="button"
        className="button button-quiet add-author"
        onClick={() => {
          onChange([...authors, ''])
          focusRow(authors.length)
        }}
      >
        + Add author
      </button>
      {error && (
        <span id={errorId} className="weft-field-error">
          {error}
        </span>
      )}
    </div>
  )
}
