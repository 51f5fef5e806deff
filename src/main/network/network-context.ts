// What the network services share: the open library's repositories for ties,
// their types, suggestions and views; the actor services (passages are made
// through them); one way to run a transaction, the events and the clock.
import type { ActorServices } from '../actors/actor-services'
import type { EventBus } from '../core/event-bus'
import { EntityTypesRepository } from '../db/entity-types-repository'
import type { Library } from '../db/library'
import { NetworkViewsRepository } from '../db/network-views-repository'
import { TieSuggestionsRepository } from '../db/tie-suggestions-repository'
import { TieTypesRepository } from '../db/tie-types-repository'
import { TiesRepository } from '../db/ties-repository'

export interface NetworkContext {
  library: Library
  actors: ActorServices
  ties: TiesRepository
  tieTypes: TieTypesRepository
  suggestions: TieSuggestionsRepository
  views: NetworkViewsRepository
  entityTypes: EntityTypesRepository
  transaction<T>(work: () => T): T
  emit: EventBus['emit']
  now(): string
}

export function createNetworkContext(
  library: Library,
  actors: ActorServices,
  events: EventBus,
): NetworkContext {
  return {
    library,
    actors,
    ties: new TiesRepository(library.db),
    tieTypes: new TieTypesRepository(library.db),
    suggestions: new TieSuggestionsRepository(library.db),
    views: new NetworkViewsRepository(library.db),
    entityTypes: new EntityTypesRepository(library.db),
    transaction: (work) => library.sources.inTransaction(work),
    emit: (name, payload) => events.emit(name, payload),
    now: () => new Date().toISOString(),
  }
}
