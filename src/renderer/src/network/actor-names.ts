// Finding actors by what a researcher types: any word of the name or an
// alias, ignoring case and accents (so "sharaa" finds al-Sharaa).
import type { NetworkActor } from '@shared/network/network-data'

export const foldName = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'ʿʾ]/g, '')
    .toLowerCase()

/** The best matches first: names that start with the text, then names and aliases that contain it. */
export function matchActors<T extends Pick<NetworkActor, 'name' | 'aliases'>>(
  actors: readonly T[],
  text: string,
  limit = 8,
): T[] {
  const needle = foldName(text.trim())
  if (!needle) return actors.slice(0, limit)
  const scored: { actor: T; score: number }[] = []
  for (const actor of actors) {
    const name = foldName(actor.name)
    let score = name.startsWith(needle) ? 0 : name.includes(needle) ? 1 : -1
    if (score < 0 && actor.aliases.some((alias) => foldName(alias).includes(needle))) score = 2
    if (score >= 0) scored.push({ actor, score })
  }
  return scored
    .sort((a, b) => a.score - b.score || a.actor.name.localeCompare(b.actor.name))
    .slice(0, limit)
    .map((entry) => entry.actor)
}
