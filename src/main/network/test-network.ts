// For the network services' unit tests: a real library file in a temp folder
// with actors, sources and passages made through the actor services, and the
// network services over it.
import { openTestLibrary, type TestLibrary } from '../actors/test-library'
import { NetworkServices } from './network-services'

export interface TestNetwork extends TestLibrary {
  network: NetworkServices
  actor(name: string, type?: string, aliases?: string[]): number
  /** A passage over the first occurrence of `quote` in the source. */
  passage(sourceId: number, quote: string, entityIds?: number[]): number
}

export async function openTestNetwork(dir: string): Promise<TestNetwork> {
  const base = await openTestLibrary(dir, { background: false })
  const network = new NetworkServices(base.library, base.services, base.events)
  return {
    ...base,
    network,
    actor(name, type = 'organisation', aliases = []) {
      return base.services.entities.create({
        name,
        type,
        aliases: aliases.map((alias) => ({ name: alias, kind: 'name' })),
      }).id
    },
    passage(sourceId, quote, entityIds = []) {
      const text = base.library.sources.get(sourceId)!.text
      const start = text.indexOf(quote)
      if (start < 0) throw new Error(`"${quote}" is not in source #${sourceId}`)
      return base.services.passages.create({ sourceId, start, end: start + quote.length, entityIds }).id
    },
  }
}
