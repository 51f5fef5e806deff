// Draws a source's passages (one highlight per colour), the passages waiting
// for review, the open suggestions and the active mark as CSS highlights.
import { useLayoutEffect } from 'react'
import type { MentionSuggestion, Passage } from '@shared/actors'
import type { TextRange } from '@shared/models'
import { clearHighlight, showHighlight, type HighlightName, type PassageHighlightName } from './highlights'
import { PASSAGE_COLORS, passageColor } from './passage-colors'
import type { TextPositions } from './text-positions'

const COLOR_HIGHLIGHTS = PASSAGE_COLORS.map((color): PassageHighlightName => `weft-passage-${color.name}`)

export function useMarkPainting(
  positions: () => TextPositions | undefined,
  passages: readonly Passage[] | undefined,
  suggestions: readonly MentionSuggestion[],
  active: readonly TextRange[],
): void {
  useLayoutEffect(() => {
    const mapped = positions()
    if (!mapped || !passages) return
    const byColor = new Map<PassageHighlightName, Range[]>(COLOR_HIGHLIGHTS.map((name) => [name, []]))
    const review: Range[] = []
    for (const passage of passages) {
      const range = mapped.toDomRange(passage)
      if (!range) continue
      byColor.get(`weft-passage-${passageColor(passage).name}`)!.push(range)
      if (passage.status === 'needs_review') review.push(range)
    }
    for (const [name, ranges] of byColor) showHighlight(name, ranges)
    showHighlight('weft-passage-review', review)
    return () => {
      for (const name of COLOR_HIGHLIGHTS) clearHighlight(name)
      clearHighlight('weft-passage-review')
    }
  }, [positions, passages])

  useLayoutEffect(() => paint('weft-mention', positions, suggestions), [positions, suggestions])
  useLayoutEffect(() => paint('weft-mark-active', positions, active), [positions, active])
}

function paint(
  name: HighlightName,
  positions: () => TextPositions | undefined,
  ranges: readonly TextRange[],
): () => void {
  const mapped = positions()
  if (mapped)
    showHighlight(
      name,
      ranges.flatMap((range) => mapped.toDomRange(range) ?? []),
    )
  return () => clearHighlight(name)
}
