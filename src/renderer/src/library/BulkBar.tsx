// The bar shown while several sources are selected: how many, and what can be
// done to all of them at once.
import type { ReactNode } from 'react'
import './bulk-bar.css'

export type BulkAction = 'add-tag' | 'remove-tag' | 'add-to-collection' | 'delete'

interface BulkBarProps {
  count: number
  onAction(action: BulkAction): void
  onClear(): void
}

export function BulkBar({ count, onAction, onClear }: BulkBarProps) {
  const button = (action: BulkAction, label: ReactNode, className = 'button') => (
    <button type="button" className={className} onClick={() => onAction(action)}>
      {label}
    </button>
  )
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Selected sources">
      <span className="bulk-count" aria-live="polite">
        {count.toLocaleString()} selected
      </span>
      {button('add-tag', 'Add tag…')}
      {button('remove-tag', 'Remove tag…')}
      {button('add-to-collection', 'Add to collection…')}
      {button('delete', 'Delete', 'button bulk-delete')}
      <button type="button" className="button button-quiet bulk-clear" onClick={onClear}>
        Clear selection
      </button>
    </div>
  )
}
