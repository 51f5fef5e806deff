import { describe, expect, it } from 'vitest'
import type { EntitySummary } from '@shared/actors'
import { matchActors } from './actor-matching'

const actor = (id: number, name: string, aliases: string[] = []): EntitySummary => ({
  id,
  type: 'organisation',
  name,
  aliases: aliases.map((alias, index) => ({ id: index, name: alias, kind: 'name' })),
  parentId: null,
  passageCount: 0,
  sourceCount: 0,
  tieCount: 0,
})

const ACTORS = [
  actor(1, 'Syrian Interior Ministry', ['Ministry of Interior', 'MOI']),
  actor(2, 'US Central Command', ['CENTCOM']),
  actor(3, 'Ahmed al-Sharaa', ['al-Shar’a']),
  actor(4, 'Interpol'),
]

describe('the @ picker’s matching', () => {
  it('matches word starts of names and aliases, case and accents aside', () => {
    expect(matchActors(ACTORS, 'inter', 10).map((match) => match.actor.id)).toEqual([4, 1])
    expect(matchActors(ACTORS, 'ministry int', 10).map((match) => match.actor.id)).toEqual([1])
    const [viaAlias] = matchActors(ACTORS, 'centcom', 10)
    expect(viaAlias).toEqual({ actor: ACTORS[1], viaAlias: 'CENTCOM' })
    expect(matchActors(ACTORS, 'SHARA', 10).map((match) => match.actor.id)).toEqual([3])
  })

  it('offers everyone for an empty query, and nobody for a word no name has', () => {
    expect(matchActors(ACTORS, '', 2)).toHaveLength(2)
    expect(matchActors(ACTORS, 'coalition', 10)).toEqual([])
  })
})
