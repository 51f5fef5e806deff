import { describe, expect, it } from 'vitest'
import type { MentionSuggestion, Passage } from '@shared/actors'
import { MarkIndex } from './mark-index'

const passage = (id: number, start: number, end: number): Passage => ({
  id,
  sourceId: 1,
  start,
  end,
  exact: '',
  prefix: '',
  suffix: '',
  status: 'anchored',
  comment: null,
  color: null,
  entityIds: [],
  createdAt: '2025-11-24T00:00:00.000Z',
})

const suggestion = (id: number, start: number, end: number): MentionSuggestion => ({
  id,
  entityId: 1,
  sourceId: 1,
  start,
  end,
  exact: '',
  alias: 'CENTCOM',
  reasons: [],
  status: 'open',
  passageId: null,
})

describe('mark index', () => {
  const index = new MarkIndex(
    [passage(1, 10, 40), passage(2, 20, 25), passage(3, 100, 120)],
    [suggestion(7, 22, 24), suggestion(8, 60, 67)],
  )

  it('finds every mark under an offset, the shortest first', () => {
    const under = index.at(22)
    expect(under.passages.map((item) => item.id)).toEqual([2, 1])
    expect(under.suggestions.map((item) => item.id)).toEqual([7])
  })

  it('counts a mark’s start but not its end', () => {
    expect(index.at(10).passages.map((item) => item.id)).toEqual([1])
    expect(index.at(40).passages).toEqual([])
    expect(index.at(59).suggestions).toEqual([])
    expect(index.at(60).suggestions.map((item) => item.id)).toEqual([8])
  })

  it('steps through the marks in text order', () => {
    const order: string[] = []
    let ref = index.step(1, undefined, 0)
    while (ref) {
      order.push(`${ref.kind}-${ref.id}`)
      ref = index.step(1, ref, 0)
    }
    expect(order).toEqual(['passage-1', 'passage-2', 'suggestion-7', 'suggestion-8', 'passage-3'])
    expect(index.step(-1, { kind: 'suggestion', id: 8 }, 0)).toEqual({ kind: 'suggestion', id: 7 })
  })

  it('starts from where the reader is when no mark is current', () => {
    expect(index.step(1, undefined, 50)).toEqual({ kind: 'suggestion', id: 8 })
    expect(index.step(-1, undefined, 50)).toEqual({ kind: 'suggestion', id: 7 })
    expect(index.step(1, undefined, 500)).toBeUndefined()
    expect(index.position({ kind: 'passage', id: 3 })).toEqual({ index: 3, count: 3 })
    expect(index.position({ kind: 'suggestion', id: 7 })).toEqual({ index: 1, count: 2 })
  })
})
