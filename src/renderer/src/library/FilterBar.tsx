// The filter bar above the table: tag, collection, kind and a published-date
// range, the number of matches, Clear filters, and the collections manager.
import { useId, useState } from 'react'
import { isValidPartialDate } from '@shared/partial-date'
import type { SourceKind } from '@shared/models'
import { useLibraryFacets } from './library-facets'
import { KIND_OPTIONS } from './source-kinds'
import { hasFilters, NO_FILTERS, type SourceFilters } from './source-table-model'
import './filter-bar.css'
import './form-controls.css'

interface FilterBarProps {
  filters: SourceFilters
  onChange(filters: SourceFilters): void
  shown: number
  total: number
  onManageCollections(): void
}

export function FilterBar({ filters, onChange, shown, total, onManageCollections }: FilterBarProps) {
  const { tags, collections } = useLibraryFacets()
  const set = (patch: Partial<SourceFilters>) => onChange({ ...filters, ...patch })
  const filtered = hasFilters(filters)

  return (
    <div className="filter-bar" role="search" aria-label="Filter sources">
      <label className="filter-control">
        <span>Tag</span>
        <select
          className="weft-select"
          value={filters.tag ?? ''}
          disabled={tags.length === 0}
          onChange={(event) => set({ tag: event.target.value || null })}
        >
          <option value="">{tags.length === 0 ? 'No tags yet' : 'Any tag'}</option>
          {tags.map((tag) => (
            <option key={tag.name} value={tag.name}>
              {tag.name} ({tag.count.toLocaleString()})
            </option>
          ))}
        </select>
      </label>
      <label className="filter-control">
        <span>Collection</span>
        <select
          className="weft-select"
          value={filters.collectionId ?? ''}
          disabled={collections.length === 0}
          onChange={(event) => set({ collectionId: event.target.value ? Number(event.target.value) : null })}
        >
          <option value="">{collections.length === 0 ? 'No collections yet' : 'Any collection'}</option>
          {collections.map((collection) => (
            <option key={collection.id} value={collection.id}>
              {collection.name} ({collection.sourceCount.toLocaleString()})
            </option>
          ))}
        </select>
      </label>
      <label className="filter-control">
        <span>Kind</span>
        <select
          className="weft-select"
          value={filters.kind ?? ''}
          onChange={(event) => set({ kind: (event.target.value || null) as SourceKind | null })}
        >
          <option value="">Any kind</option>
          {KIND_OPTIONS.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="filter-control filter-dates">
        <legend>Published</legend>
        <DateBoundInput label="from" value={filters.dateFrom} onChange={(dateFrom) => set({ dateFrom })} />
        <DateBoundInput label="to" value={filters.dateTo} onChange={(dateTo) => set({ dateTo })} />
      </fieldset>
      <div className="filter-summary">
        <span role="status" className="filter-count">
          {filtered
            ? `${shown.toLocaleString()} of ${total.toLocaleString()} ${total === 1 ? 'source' : 'sources'}`
            : `${total.toLocaleString()} ${total === 1 ? 'source' : 'sources'}`}
        </span>
        {filtered && (
          <button
            type="button"
            className="button button-quiet filter-clear"
            onClick={() => onChange(NO_FILTERS)}
          >
            Clear filters
          </button>
        )}
        <button type="button" className="button" onClick={onManageCollections}>
          Collections…
        </button>
      </div>
    </div>
  )
}

/** A partial date typed by hand; flagged once the user leaves it while it is not a date. */
function DateBoundInput({
  label,
  value,
  onChange,
}: {
  label: 'from' | 'to'
  value: string | null
  onChange(value: string | null): void
}) {
  const [editing, setEditing] = useState(false)
  const errorId = useId()
  const text = value ?? ''
  const invalid = text.trim() !== '' && !isValidPartialDate(text.trim()) && !editing
  return (
    <span className="filter-date">
      <label>
        <span>{label}</span>
        <input
          className="weft-input"
          value={text}
          placeholder={label === 'from' ? '2025' : '2025-12'}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          aria-label={`Published ${label}`}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onFocus={() => setEditing(true)}
          onBlur={() => setEditing(false)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') setEditing(false)
          }}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        />
      </label>
      {invalid && (
        <span id={errorId} className="filter-date-error" role="alert">
          Use a year, a month or a day: 2025, 2025-11 or 2025-11-24
        </span>
      )}
    </span>
  )
}
