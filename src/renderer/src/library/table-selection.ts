// Selection in the library table as pure functions over source ids: click,
// Ctrl/Cmd+click, Shift+click, arrows and Ctrl/Cmd+A, the way file managers
// behave. Ids, not row positions, so sorting and filtering keep the selection.

export interface TableSelection {
  selected: ReadonlySet<number>
  /** Where a Shift range starts: the last row clicked or moved to without Shift. */
  anchor: number | null
  /** The row the keyboard is on. */
  active: number | null
}

export const EMPTY_SELECTION: TableSelection = { selected: new Set(), anchor: null, active: null }

export function selectOnly(id: number): TableSelection {
  return { selected: new Set([id]), anchor: id, active: id }
}

export function toggle(selection: TableSelection, id: number): TableSelection {
  const selected = new Set(selection.selected)
  if (selected.has(id)) selected.delete(id)
  else selected.add(id)
  return { selected, anchor: id, active: id }
}

/** Selects every row from the anchor to `id`, inclusive, replacing the rest. */
export function extendTo(selection: TableSelection, rowIds: readonly number[], id: number): TableSelection {
  const anchor = selection.anchor !== null && rowIds.includes(selection.anchor) ? selection.anchor : id
  const from = rowIds.indexOf(anchor)
  const to = rowIds.indexOf(id)
  if (to < 0) return selection
  const [start, end] = from <= to ? [from, to] : [to, from]
  return { selected: new Set(rowIds.slice(start, end + 1)), anchor, active: id }
}

export function selectAll(selection: TableSelection, rowIds: readonly number[]): TableSelection {
  return { ...selection, selected: new Set(rowIds), active: selection.active ?? rowIds[0] ?? null }
}

export type MoveKey = 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown'

export function isMoveKey(key: string): key is MoveKey {
  return ['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].includes(key)
}

/** The row a key moves to from the active row; undefined when the table is empty. */
export function moveTarget(
  rowIds: readonly number[],
  active: number | null,
  key: MoveKey,
  pageSize: number,
): number | undefined {
  if (rowIds.length === 0) return undefined
  const last = rowIds.length - 1
  const current = active === null ? -1 : rowIds.indexOf(active)
  const next = {
    ArrowDown: current < 0 ? 0 : current + 1,
    ArrowUp: current < 0 ? 0 : current - 1,
    Home: 0,
    End: last,
    PageDown: Math.max(0, current) + pageSize,
    PageUp: Math.max(0, current) - pageSize,
  }[key]
  return rowIds[Math.min(last, Math.max(0, next))]
}

/** The selected ids that are still shown, in row order. */
export function selectedInView(selection: TableSelection, rowIds: readonly number[]): number[] {
  const { selected } = selection
  if (selected.size === 0) return []
  // A few rows selected among many (the usual case): look each up rather than walk every row.
  if (selected.size <= 64) {
    return [...selected]
      .map((id) => ({ id, position: rowIds.indexOf(id) }))
      .filter((entry) => entry.position >= 0)
      .sort((a, b) => a.position - b.position)
      .map((entry) => entry.id)
  }
  return rowIds.filter((id) => selected.has(id))
}
