// Marks in the reader through the CSS Custom Highlight API: no elements are
// added to the text, so selecting text and the offsets of blocks stay intact,
// and thousands of passages cost a Range each, not a span each. The styles
// are the ::highlight() rules in reader.css and passage-marks.css.
import type { PassageColorName } from './passage-colors'

export type PassageHighlightName = `weft-passage-${PassageColorName}`

export type HighlightName =
  | PassageHighlightName
  /** Passages flagged after re-anchoring: a wavy underline on top of their colour. */
  | 'weft-passage-review'
  /** Open mention suggestions: a dotted underline. */
  | 'weft-mention'
  /** The passage or suggestion under the pointer, selected in the panel, or reached by keyboard. */
  | 'weft-mark-active'
  /** The text the selection toolbar acts on, kept visible while its fields have focus. */
  | 'weft-pending'
  | 'weft-target'
  | 'weft-find'
  | 'weft-find-current'

// Higher draws on top: find matches over a place opened from elsewhere, over passages.
const PRIORITY: Partial<Record<HighlightName, number>> = {
  'weft-passage-review': 1,
  'weft-mention': 1,
  'weft-mark-active': 2,
  'weft-pending': 3,
  'weft-target': 4,
  'weft-find': 5,
  'weft-find-current': 6,
}

const supported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS

export function showHighlight(name: HighlightName, ranges: readonly Range[]): void {
  if (!supported()) return
  if (ranges.length === 0) {
    CSS.highlights.delete(name)
    return
  }
  const highlight = new Highlight(...ranges)
  highlight.priority = PRIORITY[name] ?? 0
  CSS.highlights.set(name, highlight)
}

export function clearHighlight(name: HighlightName): void {
  if (supported()) CSS.highlights.delete(name)
}
