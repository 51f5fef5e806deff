// Finding actors by what the researcher types: name or alias, ignoring case,
// accents and the apostrophes and hyphens transliterations vary in; whole
// names first, then names that begin with the text, then the rest.
import type { AliasKind, EntitySummary } from '@shared/actors'

export interface ActorMatch {
  actor: EntitySummary
  /** The alias that matched, when it was not the name. */
  alias?: string
}

export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘ʿʾ`]/gu, '')
    .replace(/[-\s]+/gu, ' ')
    .trim()
    .toLowerCase()
}

export function searchActors(actors: readonly EntitySummary[], text: string, limit: number): ActorMatch[] {
  const needle = foldName(text)
  if (needle === '') return actors.slice(0, limit).map((actor) => ({ actor }))
  const ranked: { match: ActorMatch; rank: number }[] = []
  for (const actor of actors) {
    let best: { rank: number; alias?: string } | undefined
    for (const [name, alias] of [
      [actor.name, undefined] as const,
      ...actor.aliases.map((entry) => [entry.name, entry.name] as const),
    ]) {
      const folded = foldName(name)
      const at = folded.indexOf(needle)
      if (at < 0) continue
      const rank = folded === needle ? 0 : at === 0 ? 1 : 2
      if (!best || rank < best.rank) best = alias === undefined ? { rank } : { rank, alias }
    }
    if (best) ranked.push({ match: best.alias ? { actor, alias: best.alias } : { actor }, rank: best.rank })
  }
  ranked.sort((a, b) => a.rank - b.rank || a.match.actor.name.localeCompare(b.match.actor.name))
  return ranked.slice(0, limit).map((entry) => entry.match)
}

/** True when some actor is called exactly this (name or alias), so creating another would duplicate it. */
export function hasExactName(actors: readonly EntitySummary[], text: string): boolean {
  const needle = foldName(text)
  return actors.some(
    (actor) =>
      foldName(actor.name) === needle || actor.aliases.some((alias) => foldName(alias.name) === needle),
  )
}

/** The kind an alias taken from the text gets: an acronym when written like one (IS, SDF, CJTF-OIR). */
export function aliasKindOf(written: string): AliasKind {
  return /^[\p{Lu}\d&.-]{2,12}$/u.test(written) && /\p{Lu}.*\p{Lu}/u.test(written) ? 'acronym' : 'name'
}
