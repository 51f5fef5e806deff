// What the researcher points at or selects in the reader's text, as offsets in
// the canonical text: the selection (trimmed of the spaces a drag or a
// double-click picks up) and the character under the pointer.
import type { TextRange } from '@shared/models'
import type { TextPositions } from './text-positions'

const SPACE = /\s/u

/** The range without white space at either end; undefined when nothing else is left. */
export function trimRange(text: string, range: TextRange): TextRange | undefined {
  let { start, end } = range
  while (start < end && SPACE.test(text[start]!)) start++
  while (end > start && SPACE.test(text[end - 1]!)) end--
  return end > start ? { start, end } : undefined
}

/** The document's selection as text offsets, when it lies (at least partly) in the reader's text. */
export function selectedRange(positions: TextPositions, text: string): TextRange | undefined {
  const selection = document.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined
  const range = positions.toTextRange(selection.getRangeAt(0))
  return range && trimRange(text, range)
}

/**
 * The offset of the character drawn under a viewport point, or undefined over
 * margins, blank line ends and gaps between blocks (where the browser still
 * reports the nearest caret, so the character's own box is checked).
 */
export function offsetAtPoint(positions: TextPositions, x: number, y: number): number | undefined {
  const caret = caretAt(x, y)
  if (!caret) return undefined
  const offset = positions.offsetOf(caret.node, caret.offset, 'start')
  if (offset === undefined) return undefined
  // A caret sits between two characters: the one under the point is either side of it.
  for (const candidate of [offset, offset - 1]) {
    if (candidate < 0) continue
    const box = positions.toDomRange({ start: candidate, end: candidate + 1 })
    if (!box) continue
    for (const rect of box.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top && y <= rect.bottom) return candidate
    }
  }
  return undefined
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y)
    return position ? { node: position.offsetNode, offset: position.offset } : undefined
  }
  const range = document.caretRangeFromPoint?.(x, y)
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined
}
