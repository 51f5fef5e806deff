import { describe, expect, it } from 'vitest'
import {
  EMPTY_SELECTION,
  extendTo,
  isMoveKey,
  moveTarget,
  selectAll,
  selectOnly,
  selectedInView,
  toggle,
} from './table-selection'

const rows = [10, 20, 30, 40, 50]
const ids = (selection: { selected: ReadonlySet<number> }) => [...selection.selected].sort((a, b) => a - b)

describe('table selection', () => {
  it('a click selects one row and anchors ranges there', () => {
    expect(selectOnly(30)).toEqual({ selected: new Set([30]), anchor: 30, active: 30 })
  })

  it('Ctrl/Cmd+click adds and removes rows', () => {
    let selection = toggle(selectOnly(20), 40)
    expect(ids(selection)).toEqual([20, 40])
    selection = toggle(selection, 20)
    expect(ids(selection)).toEqual([40])
    expect(selection.anchor).toBe(20)
  })

  it('Shift+click selects the range from the anchor, in either direction', () => {
    expect(ids(extendTo(selectOnly(20), rows, 40))).toEqual([20, 30, 40])
    expect(ids(extendTo(selectOnly(40), rows, 10))).toEqual([10, 20, 30, 40])
    // A second Shift+click re-ranges from the same anchor.
    const twice = extendTo(extendTo(selectOnly(30), rows, 50), rows, 20)
    expect(ids(twice)).toEqual([20, 30])
    expect(twice.anchor).toBe(30)
  })

  it('Shift+click without an anchor, or with one filtered away, starts at the row clicked', () => {
    expect(ids(extendTo(EMPTY_SELECTION, rows, 30))).toEqual([30])
    expect(ids(extendTo(selectOnly(99), rows, 30))).toEqual([30])
  })

  it('Ctrl/Cmd+A selects every row shown', () => {
    expect(ids(selectAll(selectOnly(20), rows))).toEqual(rows)
    expect(selectAll(EMPTY_SELECTION, rows).active).toBe(10)
  })

  it('keys move from the active row and stop at the ends', () => {
    expect(moveTarget(rows, 30, 'ArrowDown', 10)).toBe(40)
    expect(moveTarget(rows, 50, 'ArrowDown', 10)).toBe(50)
    expect(moveTarget(rows, 10, 'ArrowUp', 10)).toBe(10)
    expect(moveTarget(rows, null, 'ArrowDown', 10)).toBe(10)
    expect(moveTarget(rows, 20, 'End', 10)).toBe(50)
    expect(moveTarget(rows, 40, 'Home', 10)).toBe(10)
    expect(moveTarget(rows, 10, 'PageDown', 2)).toBe(30)
    expect(moveTarget(rows, 20, 'PageUp', 2)).toBe(10)
    expect(moveTarget([], null, 'End', 10)).toBeUndefined()
    expect(isMoveKey('End')).toBe(true)
    expect(isMoveKey('a')).toBe(false)
  })

  it('keeps only the selected rows still shown, in row order', () => {
    const selection = toggle(toggle(selectOnly(50), 10), 99)
    expect(selectedInView(selection, rows)).toEqual([10, 50])
  })
})
