import { describe, expect, it } from 'vitest'
import { matchActors } from './actor-names'

const actors = [
  { id: 1, name: 'Ahmed al-Sharaa', aliases: ["Al-Shar'a"] },
  { id: 2, name: 'Islamic State', aliases: ['Daesh', 'ISIS'] },
  { id: 3, name: 'Syrian Interior Ministry', aliases: ['وزارة الداخلية'] },
  { id: 4, name: 'Syria', aliases: ['Damascus'] },
]

describe('finding actors by what is typed', () => {
  it('puts names that start with the text first, then names and aliases that contain it', () => {
    expect(matchActors(actors, 'syr').map((actor) => actor.id)).toEqual([4, 3])
    expect(matchActors(actors, 'daesh').map((actor) => actor.id)).toEqual([2])
    expect(matchActors(actors, 'الداخلية').map((actor) => actor.id)).toEqual([3])
  })

  it('ignores case, accents and apostrophes', () => {
    expect(matchActors(actors, 'SHARA').map((actor) => actor.id)).toEqual([1])
    expect(matchActors(actors, 'alshara').map((actor) => actor.id)).toEqual([])
    expect(matchActors(actors, 'shara').map((actor) => actor.id)).toEqual([1])
  })
})
