// Find in page for the reader: folds the text once, finds every match as the
// researcher types, marks them all, and keeps the current one in view.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { TextRange } from '@shared/models'
import { clearHighlight, showHighlight } from './highlights'
import { findMatches, foldText, type FoundMatches } from './text-folding'
import { scrollRangeIntoView, TextPositions } from './text-positions'

/** Marking more matches than this helps nobody and slows typing down. */
export const MAX_MATCHES = 5000
const NO_MATCHES: FoundMatches = { ranges: [], truncated: false }

export interface FindInText {
  open: boolean
  query: string
  matches: FoundMatches
  /** Index of the current match in `matches.ranges`; -1 when there is none. */
  current: number
  /** Changes on every openFind(), so the bar focuses and selects its input each time. */
  focusRequest: number
  openFind(): void
  /** Closes the bar; with `selectMatch`, the current match becomes the text's selection, as browsers do. */
  close(selectMatch?: boolean): void
  setQuery(query: string): void
  next(): void
  previous(): void
}

export function useFindInText(text: string, scroller: RefObject<HTMLElement | null>): FindInText {
  const [open, setOpen] = useState(false)
  const [query, setQueryState] = useState('')
  // The current match is the first one at or after `anchor`, moved by `step` presses of next/previous.
  const [anchor, setAnchor] = useState(0)
  const [step, setStep] = useState(0)
  const [focusRequest, setFocusRequest] = useState(0)
  const returnFocus = useRef<HTMLElement | null>(null)

  const folded = useMemo(() => (open ? foldText(text) : undefined), [open, text])
  const matches = useMemo(
    () => (folded ? findMatches(folded, query, MAX_MATCHES) : NO_MATCHES),
    [folded, query],
  )
  const count = matches.ranges.length
  const current = count === 0 ? -1 : modulo(firstAtOrAfter(matches.ranges, anchor) + step, count)

  const openFind = useCallback(() => {
    const active = document.activeElement
    if (active instanceof HTMLElement && !active.closest('.find-bar')) returnFocus.current = active
    setOpen(true)
    setFocusRequest((request) => request + 1)
  }, [])

  const currentMatch = useRef<TextRange | undefined>(undefined)
  const close = useCallback(
    (selectMatch = false) => {
      setOpen(false)
      const back = returnFocus.current
      returnFocus.current = null
      if (back?.isConnected) back.focus()
      if (selectMatch) selectInText(scroller, currentMatch.current)
    },
    [scroller],
  )

  const setQuery = (next: string) => {
    // Typing more keeps the current match where it is when it still matches, as browsers do.
    const here = current >= 0 ? matches.ranges[current]!.start : offsetAtTopOf(scroller.current)
    setQueryState(next)
    setAnchor(here)
    setStep(0)
  }
  const next = useCallback(() => setStep((value) => value + 1), [])
  const previous = useCallback(() => setStep((value) => value - 1), [])

  useEffect(() => {
    const root = scroller.current
    if (!open || !root || count === 0) return
    const positions = TextPositions.of(root)
    const ranges = matches.ranges.flatMap((range) => positions.toDomRange(range) ?? [])
    showHighlight('weft-find', ranges)
    return () => clearHighlight('weft-find')
  }, [open, matches, count, scroller])

  const currentRange = current >= 0 ? matches.ranges[current] : undefined
  useEffect(() => {
    currentMatch.current = open ? currentRange : undefined
  }, [open, currentRange])
  useEffect(() => {
    const root = scroller.current
    if (!open || !root || !currentRange) return
    const range = TextPositions.of(root).toDomRange(currentRange)
    if (!range) return
    showHighlight('weft-find-current', [range])
    const stopScrolling = scrollRangeIntoView(root, range)
    return () => {
      stopScrolling()
      clearHighlight('weft-find-current')
    }
  }, [open, currentRange, scroller])

  return { open, query, matches, current, focusRequest, openFind, close, setQuery, next, previous }
}

/** Makes a match the text's selection: from there Shift+Arrow extends it and the passage toolbar acts on it. */
function selectInText(scroller: RefObject<HTMLElement | null>, match: TextRange | undefined): void {
  const root = scroller.current
  const range = root && match && TextPositions.of(root).toDomRange(match)
  if (!range) return
  document.getSelection()?.removeAllRanges()
  document.getSelection()?.addRange(range)
}

function modulo(value: number, size: number): number {
  return ((value % size) + size) % size
}

/** Index of the first range starting at or after `offset`, or 0 when all start before it. */
function firstAtOrAfter(ranges: readonly TextRange[], offset: number): number {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ranges[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  return low === ranges.length ? 0 : low
}

function offsetAtTopOf(root: HTMLElement | null): number {
  return root ? TextPositions.of(root).offsetAtTop(root.getBoundingClientRect().top) : 0
}
