// What the actor services share: the open library's repositories, one way to
// run a transaction, the event bus and the clock.
import type { EventBus } from '../core/event-bus'
import { AliasesRepository } from '../db/aliases-repository'
import { EntitiesRepository } from '../db/entities-repository'
import { EntityTypesRepository } from '../db/entity-types-repository'
import type { Library } from '../db/library'
import { MentionsRepository } from '../db/mentions-repository'
import { PassagesRepository } from '../db/passages-repository'
import type { SourcesRepository } from '../db/sources-repository'

export interface ActorContext {
  library: Library
  sources: SourcesRepository
  types: EntityTypesRepository
  entities: EntitiesRepository
  aliases: AliasesRepository
  passages: PassagesRepository
  mentions: MentionsRepository
  transaction<T>(work: () => T): T
  emit: EventBus['emit']
  now(): string
}

export function createActorContext(library: Library, events: EventBus): ActorContext {
  return {
    library,
    sources: library.sources,
    types: new EntityTypesRepository(library.db),
    entities: new EntitiesRepository(library.db),
    aliases: new AliasesRepository(library.db),
    passages: new PassagesRepository(library.db),
    mentions: new MentionsRepository(library.db),
    transaction: (work) => library.sources.inTransaction(work),
    emit: (name, payload) => events.emit(name, payload),
    now: () => new Date().toISOString(),
  }
}
