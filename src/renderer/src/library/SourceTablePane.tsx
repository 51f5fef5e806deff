// The library's list pane: filter bar, bulk bar and the sources table, with
// selection, sorting, bulk actions and undoable delete wired together.
import { useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { SourceSummary } from '@shared/models'
import { AddToCollectionDialog } from './AddToCollectionDialog'
import { BulkBar, type BulkAction } from './BulkBar'
import { AddTagDialog, RemoveTagDialog } from './BulkTagDialogs'
import { CollectionsDialog } from './CollectionsDialog'
import { ConfirmDialog } from './ConfirmDialog'
import { FilterBar } from './FilterBar'
import { useLibraryFacets } from './library-facets'
import { useReaderTarget } from './reader-target'
import { SourceTable } from './SourceTable'
import {
  filterRows,
  hasFilters,
  NO_FILTERS,
  prepareRows,
  sortRows,
  type SortColumn,
  type SortOrder,
  type SourceFilters,
} from './source-table-model'
import {
  EMPTY_SELECTION,
  extendTo,
  isMoveKey,
  moveTarget,
  selectAll,
  selectedInView,
  selectOnly,
  toggle,
  type TableSelection,
} from './table-selection'
import { useUndoableDelete } from './use-undoable-delete'
import './source-table-pane.css'

type OpenDialog = Exclude<BulkAction, 'delete'> | 'collections'

export function SourceTablePane({
  sources,
  total,
  complete,
  openedId,
}: {
  /** The library's list: only its first rows while `complete` is false. */
  sources: SourceSummary[]
  /** How many sources the library holds. */
  total: number
  complete: boolean
  openedId: number | undefined
}) {
  const { openSource } = useReaderTarget()
  const { tags, collections } = useLibraryFacets()
  const { deleteSources } = useUndoableDelete()
  const [filters, setFilters] = useState<SourceFilters>(NO_FILTERS)
  const [sort, setSort] = useState<SortOrder | null>(null)
  const [chosen, setChosen] = useState<TableSelection>(EMPTY_SELECTION)
  const [dialog, setDialog] = useState<OpenDialog>()
  const [deleting, setDeleting] = useState<number[]>()
  const table = useRef<HTMLDivElement>(null)
  const afterDelete = useRef<HTMLElement | null>(null)

  // A tag or collection that no longer exists filters nothing, rather than everything.
  const tag =
    filters.tag && tags.some((t) => t.name.toLowerCase() === filters.tag!.toLowerCase()) ? filters.tag : null
  const collectionId = collections.some((c) => c.id === filters.collectionId) ? filters.collectionId : null
  const effectiveFilters = useMemo(() => ({ ...filters, tag, collectionId }), [filters, tag, collectionId])

  // Each step is memoised on its own: a new filter reuses the sorted order.
  const prepared = useMemo(() => prepareRows(sources), [sources])
  const sorted = useMemo(() => sortRows(prepared, sort), [prepared, sort])
  const rows = useMemo(() => filterRows(sorted, effectiveFilters), [sorted, effectiveFilters])
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows])

  // Until the user selects, the source open in the reader is the selection.
  const selection = useMemo(
    () =>
      chosen.selected.size > 0 || chosen.active !== null
        ? chosen
        : openedId !== undefined
          ? selectOnly(openedId)
          : EMPTY_SELECTION,
    [chosen, openedId],
  )
  const selectedIds = useMemo(() => selectedInView(selection, rowIds), [selection, rowIds])

  const open = (id: number) => {
    setChosen(selectOnly(id))
    openSource(id)
  }

  const onRowClick = (id: number, event: MouseEvent) => {
    if (event.shiftKey) setChosen(extendTo(selection, rowIds, id))
    else if (event.ctrlKey || event.metaKey) setChosen(toggle(selection, id))
    else open(id)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, pageSize: number) => {
    const mod = event.ctrlKey || event.metaKey
    const key = event.key
    if (isMoveKey(key)) {
      const target = moveTarget(rowIds, selection.active, key, pageSize)
      if (target === undefined) return
      event.preventDefault()
      if (event.shiftKey) setChosen(extendTo(selection, rowIds, target))
      else if (mod) setChosen({ ...selection, active: target })
      else open(target)
    } else if (mod && key.toLowerCase() === 'a') {
      event.preventDefault()
      setChosen(selectAll(selection, rowIds))
    } else if (key === ' ' && selection.active !== null) {
      event.preventDefault()
      if (mod) setChosen(toggle(selection, selection.active))
      else open(selection.active)
    } else if (key === 'Enter' && selection.active !== null) {
      event.preventDefault()
      open(selection.active)
    } else if ((key === 'Delete' || (key === 'Backspace' && mod)) && selectedIds.length > 0) {
      event.preventDefault()
      setDeleting(selectedIds)
    }
  }

  const onSort = (column: SortColumn) =>
    setSort((current) =>
      current?.column === column
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: 'ascending' },
    )

  const onBulk = (action: BulkAction) => (action === 'delete' ? setDeleting(selectedIds) : setDialog(action))
  const closeDialog = () => setDialog(undefined)
  // Worked out only while the Remove tag dialog is open: it walks every row shown.
  const tagsInSelection = useMemo(() => {
    if (dialog !== 'remove-tag') return []
    const chosenIds = new Set(selectedIds)
    const names = new Map<string, string>()
    for (const row of rows) {
      if (chosenIds.has(row.id)) for (const name of row.tags) names.set(name.toLowerCase(), name)
    }
    return [...names.values()].sort((a, b) => a.localeCompare(b))
  }, [dialog, rows, selectedIds])

  const filtered = hasFilters(filters)
  // While the rest of the list loads, the rows still to come keep their place below the first ones.
  const pendingRows = complete || filtered || sort ? 0 : Math.max(0, total - sources.length)
  return (
    <div className="source-table-pane">
      <FilterBar
        filters={filters}
        onChange={setFilters}
        shown={rows.length}
        total={total}
        onManageCollections={() => setDialog('collections')}
      />
      {selectedIds.length > 1 && (
        <BulkBar count={selectedIds.length} onAction={onBulk} onClear={() => setChosen(EMPTY_SELECTION)} />
      )}
      {rows.length === 0 && filtered ? (
        <div className="table-empty">
          <h2>No sources match these filters</h2>
          <p>Try another tag, collection or kind, or a wider date range.</p>
          <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </button>
        </div>
      ) : (
        <SourceTable
          tableRef={table}
          rows={rows}
          pendingRows={pendingRows}
          sort={sort}
          onSort={onSort}
          selection={selection}
          openedId={openedId}
          onRowClick={onRowClick}
          onKeyDown={onKeyDown}
        />
      )}
      {dialog === 'add-tag' && <AddTagDialog ids={selectedIds} onClose={closeDialog} />}
      {dialog === 'remove-tag' && (
        <RemoveTagDialog ids={selectedIds} tagsInSelection={tagsInSelection} onClose={closeDialog} />
      )}
      {dialog === 'add-to-collection' && <AddToCollectionDialog ids={selectedIds} onClose={closeDialog} />}
      {dialog === 'collections' && <CollectionsDialog onClose={closeDialog} />}
      {deleting && (
        <ConfirmDialog
          title={
            deleting.length === 1
              ? 'Delete this source?'
              : `Delete ${deleting.length.toLocaleString()} sources?`
          }
          confirmLabel="Delete"
          onCancel={() => {
            afterDelete.current = null
            setDeleting(undefined)
          }}
          returnFocus={afterDelete}
          onConfirm={async () => {
            await deleteSources(deleting)
            // The rows and the button that asked are gone: the keyboard goes back to the table.
            afterDelete.current = table.current
            setDeleting(undefined)
            setChosen(EMPTY_SELECTION)
          }}
        >
          <p>
            {deleting.length === 1
              ? `“${rows.find((row) => row.id === deleting[0])?.title ?? 'This source'}” leaves the library, with its text and original file.`
              : 'They leave the library, with their text and original files.'}{' '}
            You can undo this until the library is closed.
          </p>
        </ConfirmDialog>
      )}
    </div>
  )
}
