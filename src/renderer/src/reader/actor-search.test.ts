import { describe, expect, it } from 'vitest'
import type { EntitySummary } from '@shared/actors'
import { aliasKindOf, hasExactName, searchActors } from './actor-search'

const actor = (id: number, name: string, aliases: string[] = []): EntitySummary => ({
  id,
  type: 'organisation',
  name,
  aliases: aliases.map((alias, index) => ({ id: id * 100 + index, name: alias, kind: 'name' })),
  parentId: null,
  passageCount: 0,
  sourceCount: 0,
  tieCount: 0,
})

const ACTORS = [
  actor(1, 'US Central Command', ['CENTCOM']),
  actor(2, 'Syrian Interior Ministry', ['Ministry of Interior', 'Interior Ministry']),
  actor(3, 'Ahmed al-Sharaa', ['Al-Shar’a']),
  actor(4, 'Central Bank of Syria'),
]

describe('searching actors', () => {
  it('finds an actor by an alias and says which one matched', () => {
    expect(searchActors(ACTORS, 'centcom', 5)).toEqual([{ actor: ACTORS[0], alias: 'CENTCOM' }])
  })

  it('puts whole names first, then names that begin with the text', () => {
    const names = searchActors(ACTORS, 'central', 5).map((match) => match.actor.name)
    expect(names).toEqual(['Central Bank of Syria', 'US Central Command'])
    expect(searchActors(ACTORS, 'interior ministry', 5)[0]).toEqual({
      actor: ACTORS[1],
      alias: 'Interior Ministry',
    })
  })

  it('ignores case, accents, apostrophes and hyphens', () => {
    expect(searchActors(ACTORS, 'al shara', 5).map((match) => match.actor.id)).toEqual([3])
    expect(searchActors(ACTORS, "Al-Shar'a", 5).map((match) => match.actor.id)).toEqual([3])
  })

  it('tells when a name is taken already', () => {
    expect(hasExactName(ACTORS, 'centcom')).toBe(true)
    expect(hasExactName(ACTORS, 'Central')).toBe(false)
  })

  it('keeps acronyms as acronyms', () => {
    expect(aliasKindOf('SDF')).toBe('acronym')
    expect(aliasKindOf('CJTF-OIR')).toBe('acronym')
    expect(aliasKindOf('Interior Ministry')).toBe('name')
    expect(aliasKindOf('Is')).toBe('name')
  })
})
