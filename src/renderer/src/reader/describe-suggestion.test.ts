import { describe, expect, it } from 'vitest'
import { matchExplanation } from './describe-suggestion'

describe('why a mention is suggested', () => {
  it('says when the alias is written exactly', () => {
    expect(matchExplanation({ alias: 'CENTCOM', exact: 'CENTCOM', reasons: ['exact spelling'] })).toBe(
      'Matches the alias “CENTCOM” exactly.',
    )
  })

  it('lists what differs between the alias and the text', () => {
    expect(
      matchExplanation({
        alias: 'al-Sharaa',
        exact: 'Al-Shar’a’s',
        reasons: ['possessive ’s', 'letter case', 'apostrophe or ʿ/ʾ mark'],
      }),
    ).toBe('Matches the alias “al-Sharaa”, allowing for possessive ’s, letter case, apostrophe or ʿ/ʾ mark.')
  })
})
