// The names in the contract, without the schemas: what the preload and the
// renderer need at runtime, so zod stays out of their bundles.

export const CALL_NAMES = [
  'app:info',
  'sources:list',
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
] as const
export type CallName = (typeof CALL_NAMES)[number]

export const EVENT_NAMES = [
  'library:changed',
  'sources:changed',
  'import:progress',
  'import:finished',
  'menu:command',
  'app:notice',
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
