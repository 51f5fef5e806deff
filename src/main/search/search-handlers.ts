// The search calls: one SearchService per open library, so its statements are
// prepared once and a library switch starts afresh.
import type { WeftCore } from '../core/weft-core'
import type { PartialHandlerTable } from '../core/handler-registry'
import type { Library } from '../db/library'
import { SearchRepository } from '../db/search-repository'
import { SearchService } from './search-service'

const services = new WeakMap<Library, SearchService>()

/** The search service over a library, made on first use. */
export function searchServiceFor(library: Library): SearchService {
  let service = services.get(library)
  if (!service) {
    service = new SearchService(new SearchRepository(library.db))
    services.set(library, service)
  }
  return service
}

export function searchHandlers(core: WeftCore): PartialHandlerTable {
  return {
    'search:query': ({ query, limit }) => searchServiceFor(core.current).search(query, limit),
  }
}
