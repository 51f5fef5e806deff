// The names in the contract, without the schemas: what the preload and the
// renderer need at runtime, so zod stays out of their bundles.
import { NOTE_CALL_NAMES } from './note-call-names'
import { NETWORK_CALL_NAMES } from './network-call-names'

export const CALL_NAMES = [
  'app:info',
  'sources:list',
  'sources:firstPage',
  'sources:get',
  'sources:importFiles',
  'sources:importPasted',
  'sources:update',
  'sources:tag',
  'sources:delete',
  'sources:restore',
  'sources:original',
  'tags:list',
  'collections:list',
  'collections:create',
  'collections:rename',
  'collections:delete',
  'collections:setMembership',
  'search:query',
  'sources:replaceContent',
  'entityTypes:list',
  'entityTypes:add',
  'entities:list',
  'entities:get',
  'entities:create',
  'entities:update',
  'entities:delete',
  'entities:addAlias',
  'entities:removeAlias',
  'entities:merge',
  'entities:unmerge',
  'entities:splitAlias',
  'passages:create',
  'passages:update',
  'passages:delete',
  'passages:restore',
  'passages:forSource',
  'passages:forEntity',
  'passages:link',
  'passages:unlink',
  'passages:resolveReview',
  'mentions:forSource',
  'mentions:forEntity',
  'mentions:accept',
  'mentions:reject',
  'mentions:unreject',
  'mentions:acceptAllInSource',
  ...NOTE_CALL_NAMES,
  ...NETWORK_CALL_NAMES,
] as const
export type CallName = (typeof CALL_NAMES)[number]

export const EVENT_NAMES = [
  'library:changed',
  'sources:changed',
  'import:progress',
  'import:finished',
  'menu:command',
  'app:notice',
  'actors:changed',
  'passages:changed',
  'mentions:changed',
] as const
export type EventName = (typeof EVENT_NAMES)[number]

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name)
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name)
}

/** Marker used to carry bytes inside JSON over the web shell's HTTP transport. */
export const WIRE_BYTES_KEY = '$weftBytes'

/** Commands the desktop menu sends to the renderer. */
export const MENU_COMMANDS = ['import', 'show-library', 'show-actors', 'show-notes', 'show-network'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]
