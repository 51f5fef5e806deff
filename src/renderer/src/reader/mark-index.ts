// The reader's marks (passages and open mention suggestions) in text order:
// what lies under a given offset (hover, click) and which mark comes next
// (moving between marks with the keyboard).
import type { MentionSuggestion, Passage } from '@shared/actors'
import type { TextRange } from '@shared/models'

export type MarkRef = { kind: 'passage'; id: number } | { kind: 'suggestion'; id: number }

export interface MarksAt {
  passages: Passage[]
  suggestions: MentionSuggestion[]
}

interface Entry extends TextRange {
  ref: MarkRef
}

export class MarkIndex {
  private readonly entries: Entry[]
  private readonly passagesById: Map<number, Passage>
  private readonly suggestionsById: Map<number, MentionSuggestion>

  constructor(passages: readonly Passage[], suggestions: readonly MentionSuggestion[]) {
    this.passagesById = new Map(passages.map((passage) => [passage.id, passage]))
    this.suggestionsById = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]))
    this.entries = [
      ...passages.map((passage) => entry(passage, { kind: 'passage', id: passage.id })),
      ...suggestions.map((suggestion) => entry(suggestion, { kind: 'suggestion', id: suggestion.id })),
    ].sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        (a.ref.kind === b.ref.kind ? a.ref.id - b.ref.id : a.ref.kind === 'passage' ? -1 : 1),
    )
  }

  get size(): number {
    return this.entries.length
  }

  passage(id: number): Passage | undefined {
    return this.passagesById.get(id)
  }

  suggestion(id: number): MentionSuggestion | undefined {
    return this.suggestionsById.get(id)
  }

  rangeOf(ref: MarkRef): TextRange | undefined {
    return ref.kind === 'passage' ? this.passagesById.get(ref.id) : this.suggestionsById.get(ref.id)
  }

  /** The marks covering the character at `offset`, shortest (most specific) first. */
  at(offset: number): MarksAt {
    const passages: Passage[] = []
    const suggestions: MentionSuggestion[] = []
    const end = this.firstStartingAfter(offset)
    for (let index = 0; index < end; index++) {
      const item = this.entries[index]!
      if (item.end <= offset) continue
      if (item.ref.kind === 'passage') passages.push(this.passagesById.get(item.ref.id)!)
      else suggestions.push(this.suggestionsById.get(item.ref.id)!)
    }
    const byLength = (a: TextRange, b: TextRange) => a.end - a.start - (b.end - b.start) || a.start - b.start
    return { passages: passages.sort(byLength), suggestions: suggestions.sort(byLength) }
  }

  /**
   * The mark after (or before) `current`; without one, the first mark starting
   * at or after `from` (or the last before it). Undefined at either end.
   */
  step(direction: 1 | -1, current: MarkRef | undefined, from: number): MarkRef | undefined {
    const here = current ? this.entries.findIndex((item) => sameRef(item.ref, current)) : -1
    if (here >= 0) return this.entries[here + direction]?.ref
    const next = this.firstStartingAtOrAfter(from)
    return this.entries[direction === 1 ? next : next - 1]?.ref
  }

  /** Where a mark stands among those of its kind, in text order: "passage 3 of 12". */
  position(ref: MarkRef): { index: number; count: number } {
    const sameKind = this.entries.filter((item) => item.ref.kind === ref.kind)
    return { index: sameKind.findIndex((item) => item.ref.id === ref.id) + 1, count: sameKind.length }
  }

  private firstStartingAfter(offset: number): number {
    return this.search((item) => item.start > offset)
  }

  private firstStartingAtOrAfter(offset: number): number {
    return this.search((item) => item.start >= offset)
  }

  /** Index of the first entry for which `isPast` holds (entries are sorted by start). */
  private search(isPast: (item: Entry) => boolean): number {
    let low = 0
    let high = this.entries.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (isPast(this.entries[middle]!)) high = middle
      else low = middle + 1
    }
    return low
  }
}

export function sameRef(a: MarkRef | undefined, b: MarkRef | undefined): boolean {
  return a !== undefined && b !== undefined && a.kind === b.kind && a.id === b.id
}

function entry(range: TextRange, ref: MarkRef): Entry {
  return { start: range.start, end: range.end, ref }
}
