// The text selected in the reader, as offsets, once the researcher has made
// it (not while the mouse is still dragging); and Shift+Arrow keys that make
// or extend a selection from the keyboard, as caret browsing would.
import { useCallback, useEffect, useState, type RefObject } from 'react'
import type { TextRange } from '@shared/models'
import { selectedRange } from './text-hits'
import type { TextPositions } from './text-positions'

export interface TextSelection {
  range: TextRange | undefined
  /** Reads the document's selection now, without waiting for its 'selectionchange' (which comes later). */
  refresh(): void
  /** Forgets the selection (and clears the document's). */
  clear(): void
}

export function useTextSelection(
  scroller: RefObject<HTMLElement | null>,
  positions: () => TextPositions | undefined,
  text: string,
): TextSelection {
  const [range, setRange] = useState<TextRange>()
  const refresh = useCallback(() => {
    const mapped = positions()
    const next = mapped && selectedRange(mapped, text)
    setRange((current) => (current?.start === next?.start && current?.end === next?.end ? current : next))
  }, [positions, text])

  useEffect(() => {
    const root = scroller.current
    if (!root) return
    let pointerDown = false
    const update = refresh
    const onPointerDown = (event: PointerEvent) => {
      if (event.button === 0) pointerDown = true
    }
    const onPointerUp = () => {
      if (!pointerDown) return
      pointerDown = false
      update()
    }
    const onSelectionChange = () => {
      if (!pointerDown) update()
    }
    root.addEventListener('pointerdown', onPointerDown)
    window.addEventListener('pointerup', onPointerUp)
    document.addEventListener('selectionchange', onSelectionChange)
    return () => {
      root.removeEventListener('pointerdown', onPointerDown)
      window.removeEventListener('pointerup', onPointerUp)
      document.removeEventListener('selectionchange', onSelectionChange)
    }
  }, [scroller, refresh])

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges()
    setRange(undefined)
  }, [])
  return { range, refresh, clear }
}

const EXTEND: Record<string, { direction: 'left' | 'right' | 'forward' | 'backward'; line?: boolean }> = {
  ArrowLeft: { direction: 'left' },
  ArrowRight: { direction: 'right' },
  ArrowUp: { direction: 'backward', line: true },
  ArrowDown: { direction: 'forward', line: true },
}

/**
 * Shift+Arrow (with Ctrl or Alt, by word) makes or extends a selection in
 * the text. Without a selection there yet, it starts where the view begins.
 * Returns true when it handled the key.
 */
export function extendSelectionByKey(
  event: KeyboardEvent,
  positions: TextPositions,
  scroller: HTMLElement,
): boolean {
  const move = EXTEND[event.key]
  if (!move || !event.shiftKey || event.metaKey) return false
  const selection = document.getSelection()
  if (!selection) return false
  const inText =
    selection.rangeCount > 0 &&
    positions.offsetOf(selection.focusNode!, selection.focusOffset, 'start') !== undefined
  if (!inText) {
    const top = positions.offsetAtTop(scroller.getBoundingClientRect().top)
    const start = positions.toDomRange({ start: top, end: top + 1 })
    if (!start) return false
    selection.collapse(start.startContainer, start.startOffset)
  }
  const byWord = event.ctrlKey || event.altKey
  selection.modify('extend', move.direction, move.line ? 'line' : byWord ? 'word' : 'character')
  event.preventDefault()
  return true
}
