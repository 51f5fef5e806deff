// Which actors the @ picker offers for what was typed: every word typed must
// begin a word of the actor's name or of one of its aliases, case and
// accents aside; names that start with the query come first.
import type { EntitySummary } from '@shared/actors'

export function foldForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[’'ʿʾ]/g, '')
}

function words(text: string): string[] {
  return foldForMatching(text)
    .split(/[\s\-–—/(),.]+/)
    .filter(Boolean)
}

export interface ActorMatch {
  actor: EntitySummary
  /** The alias that matched when the name did not. */
  viaAlias: string | null
}

export function matchActors(actors: readonly EntitySummary[], query: string, limit: number): ActorMatch[] {
  const wanted = words(query)
  const folded = foldForMatching(query.trim())
  const scored: { match: ActorMatch; score: number }[] = []
  for (const actor of actors) {
    const names = [actor.name, ...actor.aliases.map((alias) => alias.name)]
    let best: { score: number; viaAlias: string | null } | undefined
    names.forEach((name, index) => {
      const nameWords = words(name)
      if (!wanted.every((word) => nameWords.some((candidate) => candidate.startsWith(word)))) return
      const score = (foldForMatching(name).startsWith(folded) ? 0 : 1) + (index === 0 ? 0 : 0.5)
      if (!best || score < best.score) best = { score, viaAlias: index === 0 ? null : name }
    })
    if (best) scored.push({ match: { actor, viaAlias: best.viaAlias }, score: best.score })
  }
  return scored
    .sort((a, b) => a.score - b.score || a.match.actor.name.localeCompare(b.match.actor.name))
    .slice(0, limit)
    .map((entry) => entry.match)
}
