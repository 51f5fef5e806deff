// The whole network for the view and the exports: live actors, live ties
// with their endpoints resolved through merges, and the two vocabularies.
import type { NetworkData } from '@shared/network/network-data'
import type { NetworkContext } from './network-context'
import type { TiesService } from './ties-service'

export class NetworkDataService {
  constructor(
    private readonly context: NetworkContext,
    private readonly ties: TiesService,
  ) {}

  data(): NetworkData {
    const resolver = this.ties.resolver()
    const ties = this.context.ties.compact().map((tie) => ({
      ...tie,
      from: resolver.live(tie.from),
      to: resolver.live(tie.to),
    }))
    return {
      actors: this.context.ties.actors(),
      ties,
      tieTypes: this.context.tieTypes.list(),
      actorTypes: this.context.entityTypes.list().map((type) => type.name),
    }
  }
}
