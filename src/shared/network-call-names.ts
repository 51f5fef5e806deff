// The names of the network calls alone (ties, their types and suggestions,
// the network, its views and exports, the sample library), so the renderer
// and the preload get them without the schemas. contract-names.ts spreads them in.

export const NETWORK_CALL_NAMES = [
  'ties:listTypes',
  'ties:addType',
  'ties:updateType',
  'ties:deleteType',
  'ties:list',
  'ties:get',
  'ties:getMany',
  'ties:create',
  'ties:update',
  'ties:delete',
  'ties:restore',
  'ties:addEvidence',
  'ties:removeEvidence',
  'ties:suggestions',
  'ties:acceptSuggestion',
  'ties:rejectSuggestion',
  'network:data',
  'network:export',
  'network:views',
  'network:saveView',
  'network:deleteView',
  'sample:open',
] as const
