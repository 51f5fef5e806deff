import { describe, expect, it } from 'vitest'
import { findTieSuggestions, sentenceSpans, type ActorSpan } from './cue-sentences'

/** Marks each actor's name where it first occurs at or after the previous one. */
function mark(text: string, names: Record<string, number>): ActorSpan[] {
  const spans: ActorSpan[] = []
  for (const [name, entityId] of Object.entries(names)) {
    let from = 0
    for (;;) {
      const start = text.indexOf(name, from)
      if (start < 0) break
      spans.push({ entityId, start, end: start + name.length })
      from = start + name.length
    }
  }
  return spans
}

const pairs = (text: string, names: Record<string, number>) =>
  findTieSuggestions(text, mark(text, names)).map((tie) => [tie.fromId, tie.toId, tie.type, tie.directed])

describe('tie suggestions from cue sentences', () => {
  it('reads "in coordination with" between the subject and the actor after it', () => {
    const text =
      'The Syrian Interior Ministry said it made 71 arrests in coordination with the General Intelligence Directorate. Nothing else happened.'
    const found = findTieSuggestions(
      text,
      mark(text, { 'Interior Ministry': 1, 'General Intelligence Directorate': 2 }),
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      fromId: 1,
      toId: 2,
      type: 'coordination',
      directed: false,
      cue: 'in coordination with',
    })
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.sentence)
    expect(found[0]!.sentence.endsWith('Directorate.')).toBe(true)
  })

  it('pairs every taking part in a joint operation, not its target', () => {
    expect(
      pairs('CENTCOM and the Interior Ministry carried out a joint operation against the Islamic State.', {
        CENTCOM: 1,
        'Interior Ministry': 2,
        'Islamic State': 3,
      }),
    ).toEqual([[1, 2, 'joint operation', false]])
  })

  it('reads a verb from a listed subject to its object, and a second verb from the new subject', () => {
    expect(
      pairs('France, Germany and Saudi Arabia pushed Damascus to apply to join the coalition.', {
        France: 1,
        Germany: 2,
        'Saudi Arabia': 3,
        Damascus: 4,
        coalition: 5,
      }),
    ).toEqual([
      [1, 4, 'pressure or demand', true],
      [2, 4, 'pressure or demand', true],
      [3, 4, 'pressure or demand', true],
      [4, 5, 'membership', true],
    ])
  })

  it('does not take what comes after "against" as the other party of a verb', () => {
    expect(
      pairs('Damascus applied to join the coalition against the Islamic State.', {
        Damascus: 1,
        coalition: 2,
        'Islamic State': 3,
      }),
    ).toEqual([[1, 2, 'membership', true]])
    expect(pairs('Damascus joined against the Islamic State.', { Damascus: 1, 'Islamic State': 3 })).toEqual(
      [],
    )
    expect(
      pairs('Capitals urge Damascus to join the anti-IS coalition.', { Damascus: 1, coalition: 2, IS: 3 }),
    ).toEqual([[1, 2, 'membership', true]])
  })

  it('knows a joint operations centre from a joint operation', () => {
    expect(
      pairs('Jordan and Iraq agreed a joint operations centre in Amman.', { Jordan: 1, Iraq: 2 }),
    ).toEqual([[1, 2, 'joint body', false]])
  })

  it('finds Arabic cues', () => {
    expect(
      pairs('أعلنت وزارة الداخلية عن عمليات مشتركة بالتنسيق مع التحالف الدولي.', {
        'وزارة الداخلية': 1,
        'التحالف الدولي': 2,
      }),
    ).toEqual([
      [1, 2, 'joint operation', false],
      [1, 2, 'coordination', false],
    ])
  })

  it('offers nothing without a cue, with one actor, or for a cue inside another word', () => {
    expect(
      pairs('CENTCOM met the Interior Ministry in Damascus.', { CENTCOM: 1, 'Interior Ministry': 2 }),
    ).toEqual([])
    expect(pairs('CENTCOM said the joint operation was a success.', { CENTCOM: 1 })).toEqual([])
    expect(
      pairs('CENTCOM rejoined talks with the Interior Ministry.', { CENTCOM: 1, 'Interior Ministry': 2 }),
    ).toEqual([])
  })

  it('splits sentences without breaking at abbreviated months', () => {
    const text = 'On Nov. 10 the ministry spoke. Then\nanother line'
    expect(sentenceSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'On Nov. 10 the ministry spoke.',
      'Then',
      'another line',
    ])
  })
})
