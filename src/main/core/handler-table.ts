// Every feature's handlers merged into the one table the shells bind.
import { entitiesHandlers } from '../actors/entities-handlers'
import { mentionsHandlers } from '../actors/mentions-handlers'
import { passagesHandlers } from '../actors/passages-handlers'
import { collectionsHandlers } from '../library/collections-handlers'
import { metadataHandlers } from '../library/metadata-handlers'
import { pasteHandlers } from '../library/paste-handlers'
import { searchHandlers } from '../search/search-handlers'
import { sourcesHandlers } from '../library/sources-handlers'
import { notesHandlers } from '../notes/notes-handlers'
import { networkHandlers } from '../network/network-handlers'
import { appHandlers } from './app-handlers'
import {
  assertComplete,
  mergeHandlerTables,
  type HandlerTable,
  type PartialHandlerTable,
} from './handler-registry'
import type { WeftCore } from './weft-core'

export function featureHandlerTables(core: WeftCore): PartialHandlerTable[] {
  return [
    appHandlers(core),
    sourcesHandlers(core),
    metadataHandlers(core),
    collectionsHandlers(core),
    pasteHandlers(core),
    searchHandlers(core),
    entitiesHandlers(core),
    passagesHandlers(core),
    mentionsHandlers(core),
    notesHandlers(core),
    networkHandlers(core),
  ]
}

export function buildHandlerTable(core: WeftCore): HandlerTable {
  return assertComplete(mergeHandlerTables(...featureHandlerTables(core)))
}
