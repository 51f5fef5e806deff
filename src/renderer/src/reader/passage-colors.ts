// The colours a passage can take in the reader. Each has a tuned tint for the
// light and the dark theme (the ::highlight() rules in passage-marks.css), so
// any stored colour is shown as the nearest of them and stays readable.
import type { Passage } from '@shared/actors'

export const PASSAGE_COLORS = [
  { name: 'yellow', label: 'Yellow', hex: '#f5c542' },
  { name: 'orange', label: 'Orange', hex: '#f28c38' },
  { name: 'rose', label: 'Rose', hex: '#e8628a' },
  { name: 'violet', label: 'Violet', hex: '#9b7bea' },
  { name: 'blue', label: 'Blue', hex: '#4f8ff0' },
  { name: 'teal', label: 'Teal', hex: '#22b5a4' },
  { name: 'green', label: 'Green', hex: '#6cb94a' },
] as const

export type PassageColorName = (typeof PASSAGE_COLORS)[number]['name']
export type PassageColor = (typeof PASSAGE_COLORS)[number]

/** Passages with no actor and no colour of their own: a neutral highlighter yellow. */
export const NEUTRAL_COLOR: PassageColor = PASSAGE_COLORS[0]
/** Colours given to actors by default; yellow stays for passages without one. */
const ACTOR_COLORS = PASSAGE_COLORS.slice(1)

/** The palette colour nearest to a stored `#rrggbb` (stored colours may come from elsewhere). */
export function nearestPassageColor(hex: string): PassageColor {
  const wanted = rgbOf(hex)
  if (!wanted) return NEUTRAL_COLOR
  let best: PassageColor = NEUTRAL_COLOR
  let bestDistance = Infinity
  for (const color of PASSAGE_COLORS) {
    const [r, g, b] = rgbOf(color.hex)!
    const distance = (r - wanted[0]) ** 2 + (g - wanted[1]) ** 2 + (b - wanted[2]) ** 2
    if (distance < bestDistance) {
      best = color
      bestDistance = distance
    }
  }
  return best
}

/** An actor's own colour: the same actor always gets the same one. */
export function actorColor(entityId: number): PassageColor {
  return ACTOR_COLORS[entityId % ACTOR_COLORS.length]!
}

/** What a passage shows as: its chosen colour, else its first actor's, else neutral yellow. */
export function passageColor(passage: Pick<Passage, 'color' | 'entityIds'>): PassageColor {
  if (passage.color) return nearestPassageColor(passage.color)
  const first = passage.entityIds[0]
  return first === undefined ? NEUTRAL_COLOR : actorColor(first)
}

function rgbOf(hex: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) return undefined
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)]
}
