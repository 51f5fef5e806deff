// Calls about ties, their types and suggestions, the network, its saved
// views and exports, and the sample library.
import type { PartialHandlerTable } from '../core/handler-registry'
import type { WeftCore } from '../core/weft-core'
import { openSampleLibrary } from '../sample/open-sample-library'
import { networkServicesOf } from './network-services'

export function networkHandlers(core: WeftCore): PartialHandlerTable {
  const of = () => networkServicesOf(core)
  return {
    'ties:listTypes': () => of().types.list(),
    'ties:addType': ({ name, color, directed }) => of().types.add(name, color, directed),
    'ties:updateType': ({ name, patch }) => of().types.update(name, patch),
    'ties:deleteType': ({ name }) => ({ deleted: of().types.delete(name) }),
    'ties:list': ({ entityId }) => of().ties.list(entityId),
    'ties:get': ({ id }) => of().ties.get(id),
    'ties:getMany': ({ ids }) => of().ties.getMany(ids),
    'ties:create': (input) => of().ties.create(input),
    'ties:update': ({ id, patch }) => of().ties.update(id, patch),
    'ties:delete': ({ id }) => of().ties.delete(id),
    'ties:restore': ({ undoToken }) => of().ties.restore(undoToken),
    'ties:addEvidence': ({ tieId, passageIds }) => of().ties.addEvidence(tieId, passageIds),
    'ties:removeEvidence': ({ tieId, passageId }) => of().ties.removeEvidence(tieId, passageId),
    'ties:suggestions': ({ status }) => of().suggestions.list(status),
    'ties:acceptSuggestion': ({ id, edits }) => of().suggestions.accept(id, edits),
    'ties:rejectSuggestion': ({ id }) => ({ rejected: of().suggestions.reject(id) }),
    'network:data': () => of().network.data(),
    'network:export': ({ format, filter, positions }) => of().exports.export(format, filter, positions),
    'network:views': () => of().views.list(),
    'network:saveView': (input) => of().views.save(input),
    'network:deleteView': ({ id }) => ({ deleted: of().views.delete(id) }),
    'sample:open': () => openSampleLibrary(core),
  }
}
