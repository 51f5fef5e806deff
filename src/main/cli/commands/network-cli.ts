// What the network commands (ties, export graph) share: their options and the
// network services over the library for one command.
import { EventBus } from '../../core/event-bus'
import type { Library } from '../../db/library'
import { NetworkServices } from '../../network/network-services'
import { withActorServices } from './actor-cli'

/** The options these commands add to the command line (see run-cli.ts); --type, --start, --end come with the actor commands. */
export interface NetworkCliValues {
  json: boolean
  type?: string
  start?: string
  end?: string
  directed?: boolean
  undirected?: boolean
  ongoing?: boolean
  evidence?: string[]
  status?: string
  confidence?: string
  place?: string
  from?: string
  to?: string
}

export async function withNetworkServices<T>(
  library: Library,
  work: (network: NetworkServices) => Promise<T> | T,
): Promise<T> {
  return withActorServices(library, (actors) => work(new NetworkServices(library, actors, new EventBus())))
}
