// The library table: a grid of sources with sortable columns, virtualised so
// 100,000 rows scroll smoothly. It renders and reports clicks and keys; the
// pane decides what they mean (selection, opening a source).
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react'
import type { SourceSummary } from '@shared/models'
import { KIND_LABELS } from './source-kinds'
import type { SortColumn, SortOrder } from './source-table-model'
import type { TableSelection } from './table-selection'
import './source-table.css'

export const ROW_HEIGHT = 38
/** The sticky header's height (with its border); rows start below it. */
const HEADER_HEIGHT = 35
/** Chips shown in the tags cell; the rest are counted, and all are in its tooltip. */
const VISIBLE_TAGS = 1

interface Column {
  id: SortColumn
  label: string
  className: string
}

const COLUMNS: Column[] = [
  { id: 'title', label: 'Title', className: 'cell-title' },
  { id: 'publisher', label: 'Publisher', className: 'cell-publisher' },
  { id: 'publishedDate', label: 'Date', className: 'cell-date' },
  { id: 'kind', label: 'Kind', className: 'cell-kind' },
  { id: 'tags', label: 'Tags', className: 'cell-tags' },
  { id: 'passageCount', label: 'Passages', className: 'cell-number' },
]

export const rowDomId = (id: number) => `source-row-${id}`
const rowHeight = () => ROW_HEIGHT

interface SourceTableProps {
  /** The focusable grid, for returning focus to the table after a dialog. */
  tableRef?: RefObject<HTMLDivElement | null>
  rows: readonly SourceSummary[]
  /** Rows that exist below `rows` but have not arrived yet: drawn as loading. */
  pendingRows?: number
  sort: SortOrder | null
  onSort(column: SortColumn): void
  selection: TableSelection
  /** The source the reader shows. */
  openedId: number | undefined
  onRowClick(id: number, event: MouseEvent): void
  /** Keys pressed on the table itself; `pageSize` is how many rows fit in view. */
  onKeyDown(event: KeyboardEvent<HTMLDivElement>, pageSize: number): void
}

export function SourceTable({
  tableRef,
  rows,
  pendingRows = 0,
  sort,
  onSort,
  selection,
  openedId,
  onRowClick,
  onKeyDown,
}: SourceTableProps) {
  // The grid itself scrolls, so a click anywhere in it focuses it and the header stays aligned.
  const scroller = useRef<HTMLDivElement | null>(null)
  const setScroller = (element: HTMLDivElement | null) => {
    scroller.current = element
    if (tableRef) tableRef.current = element
  }
  // A new key function makes TanStack Virtual re-measure every row: keep it while the rows stay.
  const rowKey = useCallback(
    (index: number) => (index < rows.length ? rows[index]!.id : `pending-${index}`),
    [rows],
  )
  const rowCount = rows.length + pendingRows
  // TanStack Virtual returns fresh functions each render by design; the compiler skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    overscan: 10,
    getItemKey: rowKey,
    // Rows begin under the sticky header, and scrolling to one must not hide it there.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  })
  const activeIndex = useMemo(
    () => (selection.active === null ? -1 : rows.findIndex((row) => row.id === selection.active)),
    [rows, selection.active],
  )

  // Keep the row the keyboard is on in view, however it got there.
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, virtualizer])

  const items = virtualizer.getVirtualItems()
  const activeRendered = items.some((item) => item.index === activeIndex)
  const viewHeight = (scroller.current?.clientHeight ?? ROW_HEIGHT * 11) - HEADER_HEIGHT
  const pageSize = Math.max(1, Math.floor(viewHeight / ROW_HEIGHT) - 1)

  return (
    <div
      ref={setScroller}
      className="source-table"
      role="grid"
      aria-label="Sources"
      aria-rowcount={rowCount + 1}
      aria-busy={pendingRows > 0 || undefined}
      aria-colcount={COLUMNS.length}
      aria-multiselectable="true"
      aria-activedescendant={activeRendered ? rowDomId(selection.active!) : undefined}
      tabIndex={0}
      onKeyDown={(event) => {
        // Keys on the header's sort buttons are theirs.
        if (event.target === event.currentTarget) onKeyDown(event, pageSize)
      }}
    >
      <div className="source-table-head" role="rowgroup">
        <div className="source-table-row" role="row" aria-rowindex={1}>
          {COLUMNS.map((column, index) => {
            const direction = sort?.column === column.id ? sort.direction : undefined
            return (
              <div
                key={column.id}
                role="columnheader"
                aria-colindex={index + 1}
                aria-sort={direction ?? 'none'}
                className={`source-table-cell ${column.className}`}
              >
                <button type="button" className="sort-button" onClick={() => onSort(column.id)}>
                  <span>{column.label}</span>
                  <SortMark direction={direction} />
                </button>
              </div>
            )
          })}
        </div>
      </div>
      <div className="source-table-body" role="rowgroup">
        <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const source = rows[item.index]
            if (!source) return <PendingRow key={item.key} index={item.index} start={item.start} />
            const classes = ['source-table-row', 'source-table-data-row']
            if (source.id === openedId) classes.push('is-opened')
            if (item.index === activeIndex) classes.push('is-active')
            return (
              <div
                key={source.id}
                id={rowDomId(source.id)}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selection.selected.has(source.id)}
                className={classes.join(' ')}
                style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)`, height: ROW_HEIGHT }}
                onClick={(event) => onRowClick(source.id, event)}
              >
                <SourceCells source={source} />
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}

/** A row of the list that is still loading: its place, and a muted "Loading…" where its title will be. */
function PendingRow({ index, start }: { index: number; start: number }) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="source-table-row source-table-data-row is-pending"
      style={{ transform: `translateY(${start - HEADER_HEIGHT}px)`, height: ROW_HEIGHT }}
    >
      <div role="gridcell" aria-colindex={1} className="source-table-cell cell-title">
        <span className="pending-text">Loading…</span>
      </div>
    </div>
  )
}

// Scrolling re-renders the row frames only; a row's cells change when its source does.
const SourceCells = memo(function SourceCells({ source }: { source: SourceSummary }) {
  const tags = source.tags.join(', ')
  return (
    <>
      <div role="gridcell" aria-colindex={1} className="source-table-cell cell-title">
        <span className="cell-text" dir="auto" title={source.title}>
          {source.title}
        </span>
      </div>
      <div role="gridcell" aria-colindex={2} className="source-table-cell cell-publisher">
        <span className="cell-text" dir="auto" title={source.publisher ?? undefined}>
          {source.publisher}
        </span>
      </div>
      <div role="gridcell" aria-colindex={3} className="source-table-cell cell-date">
        {source.publishedDate && <time dateTime={source.publishedDate}>{source.publishedDate}</time>}
      </div>
      <div role="gridcell" aria-colindex={4} className="source-table-cell cell-kind">
        {KIND_LABELS[source.kind]}
      </div>
      <div
        role="gridcell"
        aria-colindex={5}
        className="source-table-cell cell-tags"
        // Only some chips fit: the tooltip and screen readers get every tag.
        title={tags || undefined}
        aria-label={tags || undefined}
      >
        {source.tags.slice(0, VISIBLE_TAGS).map((tag) => (
          <span key={tag} className="tag-chip" dir="auto">
            {tag}
          </span>
        ))}
        {source.tags.length > VISIBLE_TAGS && (
          <span className="tag-more">+{source.tags.length - VISIBLE_TAGS}</span>
        )}
      </div>
      <div role="gridcell" aria-colindex={6} className="source-table-cell cell-number">
        {source.passageCount.toLocaleString()}
      </div>
    </>
  )
})

function SortMark({ direction }: { direction: SortOrder['direction'] | undefined }) {
  return (
    <svg
      className="sort-mark"
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
      data-direction={direction}
    >
      {direction !== 'descending' && <path d="M3 5 6 2l3 3" />}
      {direction !== 'ascending' && <path d="M3 7l3 3 3-3" />}
    </svg>
  )
}
