import { describe, expect, it } from 'vitest'
import { trimRange } from './text-hits'

describe('trimming a selection', () => {
  const text = 'The ministry’s  reconnaissance unit\n\nshares information.'

  it('leaves out the spaces and line breaks a drag or a double-click picks up', () => {
    expect(trimRange(text, { start: 3, end: 16 })).toEqual({ start: 4, end: 14 })
    expect(trimRange(text, { start: 31, end: 37 })).toEqual({ start: 31, end: 35 })
  })

  it('keeps a selection that has no spaces at its ends as it is', () => {
    expect(trimRange(text, { start: 4, end: 12 })).toEqual({ start: 4, end: 12 })
  })

  it('gives nothing for a selection of spaces only', () => {
    expect(trimRange(text, { start: 14, end: 16 })).toBeUndefined()
    expect(trimRange(text, { start: 35, end: 37 })).toBeUndefined()
  })
})
