// The pointer over the reader's text: which marks lie under it (at most once
// a frame), and clicks on marks that were not the end of a text selection.
import { useEffect, useRef, type RefObject } from 'react'
import type { MarkIndex, MarksAt } from './mark-index'
import { offsetAtPoint } from './text-hits'
import type { TextPositions } from './text-positions'

/** Elements over the text that keep their own pointer handling (the toolbar, a card). */
const FLOATING = '.selection-toolbar, .mark-card'

export interface MarkPointerHandlers {
  /** The marks under the pointer changed (empty when it left them). */
  onHover(marks: MarksAt, offset: number | undefined): void
  /** The pointer is over a floating toolbar or card: keep what is shown. */
  onOverFloating(): void
  onClick(marks: MarksAt, offset: number): void
  /** A button went down on the text (perhaps to select): floating cards get out of the way. */
  onPress(): void
}

export function useMarkPointer(
  scroller: RefObject<HTMLElement | null>,
  positions: () => TextPositions | undefined,
  index: MarkIndex,
  handlers: MarkPointerHandlers,
): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    const root = scroller.current
    if (!root) return
    let frame = 0
    let lastKey = ''
    let down: { x: number; y: number } | undefined
    const marksAt = (x: number, y: number) => {
      const mapped = positions()
      const offset = mapped && offsetAtPoint(mapped, x, y)
      return { offset, marks: offset === undefined ? { passages: [], suggestions: [] } : index.at(offset) }
    }
    const onMove = (event: PointerEvent) => {
      if (event.buttons !== 0 || frame) return
      const { clientX, clientY, target } = event
      frame = requestAnimationFrame(() => {
        frame = 0
        if (target instanceof Element && target.closest(FLOATING)) {
          latest.current.onOverFloating()
          return
        }
        const { offset, marks } = marksAt(clientX, clientY)
        const key = keyOf(marks)
        if (key === lastKey) return
        lastKey = key
        latest.current.onHover(marks, offset)
      })
    }
    const onLeave = () => {
      lastKey = ''
      latest.current.onHover({ passages: [], suggestions: [] }, undefined)
    }
    const onDown = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.closest(FLOATING)) return
      down = event.button === 0 ? { x: event.clientX, y: event.clientY } : undefined
      lastKey = ''
      latest.current.onPress()
    }
    const onClick = (event: MouseEvent) => {
      const start = down
      down = undefined
      if (!start || (event.target instanceof Element && event.target.closest(FLOATING))) return
      // A drag that selected text is not a click on a mark.
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > 4) return
      if (!(document.getSelection()?.isCollapsed ?? true)) return
      const { offset, marks } = marksAt(event.clientX, event.clientY)
      if (offset !== undefined) latest.current.onClick(marks, offset)
    }
    root.addEventListener('pointermove', onMove)
    root.addEventListener('pointerleave', onLeave)
    root.addEventListener('pointerdown', onDown)
    root.addEventListener('click', onClick)
    return () => {
      cancelAnimationFrame(frame)
      root.removeEventListener('pointermove', onMove)
      root.removeEventListener('pointerleave', onLeave)
      root.removeEventListener('pointerdown', onDown)
      root.removeEventListener('click', onClick)
    }
  }, [scroller, positions, index])
}

function keyOf(marks: MarksAt): string {
  return [
    ...marks.passages.map((passage) => `p${passage.id}`),
    ...marks.suggestions.map((item) => `s${item.id}`),
  ].join(',')
}
