// Which live actor a recorded actor id stands for now: itself, or the actor it
// was merged into (following merges of merges). Ties keep the ids they were
// recorded with, so undoing a merge gives each tie back to its actor.
export class ActorResolver {
  constructor(private readonly mergedInto: Map<number, number>) {}

  live(id: number): number {
    let current = id
    // A merge chain is short; the bound only guards against a cycle in a damaged file.
    for (let step = 0; step < 1000; step += 1) {
      const next = this.mergedInto.get(current)
      if (next === undefined) return current
      current = next
    }
    return current
  }

  /** A stamp that changes whenever merges change, for caches keyed on the resolution. */
  stamp(): string {
    return [...this.mergedInto].map(([from, to]) => `${from}>${to}`).join(',')
  }
}
