// Calls about the app itself.
import type { PartialHandlerTable } from './handler-registry'
import type { WeftCore } from './weft-core'

export function appHandlers(core: WeftCore): PartialHandlerTable {
  return {
    'app:info': () => core.appInfo(),
  }
}
