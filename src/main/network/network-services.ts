// Everything about ties and the network for one open library, wired
// together. The app keeps one per library it has open; the CLI and the sample
// library builder make one for their work.
import type { ActorServices } from '../actors/actor-services'
import type { EventBus } from '../core/event-bus'
import type { WeftCore } from '../core/weft-core'
import type { Library } from '../db/library'
import { GraphExportService } from './export/graph-export-service'
import { createNetworkContext, type NetworkContext } from './network-context'
import { NetworkDataService } from './network-data-service'
import { NetworkViewsService } from './network-views-service'
import { TieSuggestionsService } from './suggestions/tie-suggestions-service'
import { TieTypesService } from './tie-types-service'
import { TiesService } from './ties-service'

export class NetworkServices {
  readonly context: NetworkContext
  readonly types: TieTypesService
  readonly ties: TiesService
  readonly suggestions: TieSuggestionsService
  readonly network: NetworkDataService
  readonly views: NetworkViewsService
  readonly exports: GraphExportService

  constructor(library: Library, actors: ActorServices, events: EventBus) {
    this.context = createNetworkContext(library, actors, events)
    this.types = new TieTypesService(this.context)
    this.ties = new TiesService(this.context, this.types)
    this.suggestions = new TieSuggestionsService(this.context, this.ties)
    this.network = new NetworkDataService(this.context, this.ties)
    this.views = new NetworkViewsService(this.context)
    this.exports = new GraphExportService(this.context, this.network)
    // Deleted ties can be restored until the library is closed; opening it makes the deletes final.
    this.context.transaction(() => this.context.ties.purgeDeleted())
  }
}

const servicesByLibrary = new WeakMap<Library, NetworkServices>()

/** The network services of the core's current library, made the first time they are needed. */
export function networkServicesOf(core: WeftCore): NetworkServices {
  let services = servicesByLibrary.get(core.current)
  if (!services) {
    services = new NetworkServices(core.current, core.actors, core.events)
    servicesByLibrary.set(core.current, services)
  }
  return services
}
