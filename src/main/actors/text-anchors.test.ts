import { describe, expect, it } from 'vitest'
import { checkSpan, clampSpan, CONTEXT_LENGTH, quoteSelector, reanchor } from './text-anchors'

const original =
  'Damascus joined the coalition in November. The Interior Ministry said its forces had raided a depot near Palmyra. Officials gave no details.'
const quote = 'The Interior Ministry said'
const at = original.indexOf(quote)
const passage = {
  start: at,
  end: at + quote.length,
  ...quoteSelector(original, { start: at, end: at + quote.length }),
}

describe('quoteSelector', () => {
  it('keeps the exact text and up to 32 characters of context on each side', () => {
    expect(passage.exact).toBe(quote)
    expect(passage.prefix).toBe(original.slice(at - CONTEXT_LENGTH, at))
    expect(passage.prefix).toHaveLength(32)
    expect(passage.suffix).toBe(original.slice(passage.end, passage.end + 32))
  })

  it('has shorter context at the edges of the text', () => {
    expect(quoteSelector('Damascus joined', { start: 0, end: 8 })).toEqual({
      exact: 'Damascus',
      prefix: '',
      suffix: ' joined',
    })
  })
})

describe('checkSpan', () => {
  it('refuses spans outside the text and says how long the text is', () => {
    expect(() => checkSpan('short text', { start: 2, end: 40 }, 'source #1')).toThrow(
      /outside source #1, whose text is 10 characters long/,
    )
    expect(() => checkSpan('short text', { start: 4, end: 4 }, 'source #1')).toThrow(/empty/)
    expect(() => checkSpan('short text', { start: 0, end: 10 }, 'source #1')).not.toThrow()
  })
})

describe('reanchor', () => {
  it('keeps a passage whose quote is still at its offsets', () => {
    const edited = original.replace('Officials gave no details.', 'Officials gave more details later.')
    expect(reanchor(edited, passage)).toEqual({ outcome: 'kept', start: passage.start, end: passage.end })
  })

  it('moves a passage when text before it was added', () => {
    const edited = `BEIRUT (Agency) — ${original}`
    expect(reanchor(edited, passage)).toEqual({
      outcome: 'moved',
      start: passage.start + 18,
      end: passage.end + 18,
    })
  })

  it('moves a passage whose quote now occurs once, with only one side of its context intact', () => {
    const edited = original.replace('Damascus joined the coalition in November.', 'Syria joined.')
    const placed = reanchor(edited, passage)
    expect(placed.outcome).toBe('moved')
    expect(edited.slice(placed.start, placed.end)).toBe(quote)
  })

  it('flags a duplicated quote for review rather than guessing which copy', () => {
    const sentence = 'The Interior Ministry said its forces had raided a depot near Palmyra.'
    const edited = `Update: ${original.replace(sentence, `${sentence} ${sentence}`)}`
    const placed = reanchor(edited, passage)
    expect(placed.outcome).toBe('needs_review')
    // Old offsets, not a guess.
    expect(placed).toMatchObject({ start: passage.start, end: passage.end })
  })

  it('moves to the one copy that kept its context when the other copy lost it', () => {
    const edited = `${quote} (headline)\n\n${original}`
    const placed = reanchor(edited, passage)
    expect(placed.outcome).toBe('moved')
    expect(placed.start).toBe(edited.indexOf(original) + at)
  })

  it('flags a deleted quote for review at its old offsets, clamped to the new text', () => {
    const edited = 'Damascus joined the coalition.'
    expect(reanchor(edited, passage)).toEqual({ outcome: 'needs_review', start: 29, end: 30 })
  })

  it('flags a quote that occurs once but with neither side of its context', () => {
    const edited = `Entirely new wording. ${quote} something else entirely follows here.`
    expect(reanchor(edited, passage).outcome).toBe('needs_review')
  })

  it('counts an empty suffix as context: the quote closed the text', () => {
    const text = 'He met Damascus'
    const last = { start: 7, end: 15, ...quoteSelector(text, { start: 7, end: 15 }) }
    const edited = 'Damascus said: he met Damascus'
    expect(reanchor(edited, last)).toEqual({ outcome: 'moved', start: 22, end: 30 })
  })
})

describe('clampSpan', () => {
  it('never makes an empty span and refuses an empty text', () => {
    expect(clampSpan({ start: 50, end: 60 }, 10)).toEqual({ start: 9, end: 10 })
    expect(clampSpan({ start: 2, end: 60 }, 10)).toEqual({ start: 2, end: 10 })
    expect(() => clampSpan({ start: 0, end: 1 }, 0)).toThrow(/empty/)
  })
})
