// The names of the notes calls alone, so the renderer and the preload get them
// without the schemas (zod stays in main). contract-names.ts spreads them in.

export const NOTE_CALL_NAMES = [
  'notes:list',
  'notes:get',
  'notes:create',
  'notes:rename',
  'notes:save',
  'notes:saveBlocks',
  'notes:delete',
  'notes:restore',
  'notes:versions',
  'notes:version',
  'notes:restoreVersion',
  'notes:forEntity',
  'notes:findPassages',
  'notes:passages',
  'notes:search',
  'notes:export',
] as const
