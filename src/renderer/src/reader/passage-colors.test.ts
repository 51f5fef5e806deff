import { describe, expect, it } from 'vitest'
import { actorColor, nearestPassageColor, passageColor, PASSAGE_COLORS } from './passage-colors'

describe('passage colours', () => {
  it('shows a passage in its own colour when it has one', () => {
    expect(passageColor({ color: '#4f8ff0', entityIds: [3] }).name).toBe('blue')
  })

  it('takes the first actor’s colour by default, the same for every passage of that actor', () => {
    const colour = passageColor({ color: null, entityIds: [7, 2] })
    expect(colour).toBe(actorColor(7))
    expect(passageColor({ color: null, entityIds: [7] })).toBe(colour)
    expect(colour.name).not.toBe('yellow')
  })

  it('is neutral yellow without an actor or a colour', () => {
    expect(passageColor({ color: null, entityIds: [] }).name).toBe('yellow')
  })

  it('shows a colour from outside the palette as the nearest one', () => {
    expect(nearestPassageColor('#ffd700').name).toBe('yellow')
    expect(nearestPassageColor('#0000ff').name).toBe('blue')
    expect(nearestPassageColor('#00aa00').name).toBe('green')
    expect(nearestPassageColor('not a colour').name).toBe('yellow')
  })

  it('gives every palette colour back as itself', () => {
    for (const colour of PASSAGE_COLORS) expect(nearestPassageColor(colour.hex)).toBe(colour)
  })
})
