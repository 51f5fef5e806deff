import { describe, expect, it } from 'vitest'
import { formFields, formProblems, initialForm } from './tie-form'

describe('the Add tie form', () => {
  it('starts from what it is given: a from-actor, a passage, both actors', () => {
    expect(initialForm({ fromId: 3, evidenceIds: [12] }, undefined, undefined)).toMatchObject({
      fromId: 3,
      toId: null,
      evidenceIds: [12],
      status: 'reported',
      confidence: 'medium',
    })
  })

  it('says what is missing or wrong, in words', () => {
    const empty = initialForm(undefined, undefined, undefined)
    expect(formProblems(empty)).toEqual({
      fromId: 'Choose the actor the tie starts from.',
      toId: 'Choose the other actor.',
      type: 'Choose a tie type.',
    })
    const form = { ...empty, fromId: 1, toId: 1, type: 'coordination', startDate: '2025-13', endDate: 'soon' }
    expect(formProblems(form)).toEqual({
      toId: 'A tie joins two different actors.',
      startDate: 'Use a year, a month or a day: 2025, 2025-11 or 2025-11-24.',
      endDate: 'Use a year, a month or a day: 2025, 2025-11 or 2025-11-24.',
    })
    expect(formProblems({ ...form, toId: 2, startDate: '2025-11', endDate: '2025-02' }).endDate).toMatch(
      /ends \(2025-02\) before it starts \(2025-11\)/,
    )
  })

  it('makes the tie: the type direction unless chosen, no end date when it still holds, blanks as nulls', () => {
    const form = {
      ...initialForm(undefined, undefined, undefined),
      fromId: 1,
      toId: 2,
      type: 'membership',
      startDate: ' 2025-11 ',
      endDate: '2026',
      ongoing: true,
      place: '  ',
      description: ' joined ',
    }
    expect(formFields(form, true)).toMatchObject({
      directed: true,
      startDate: '2025-11',
      endDate: null,
      ongoing: true,
      place: null,
      description: 'joined',
    })
    expect(formFields({ ...form, directed: false }, true).directed).toBe(false)
  })
})
