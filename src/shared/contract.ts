// The call contract: every call the renderer may make (name, input schema,
// output type) and every event main may send. Both shells and the handler
// table are typed from this one object, so a name cannot drift.
import { z } from 'zod'
import {
  SOURCE_KINDS,
  type AppInfo,
  type Collection,
  type DeleteReceipt,
  type ImportReport,
  type LibraryInfo,
  type OriginalFile,
  type SearchResults,
  type Source,
  type SourceSummary,
  type TagCount,
} from './models'
import { IMPORT_BATCH_FILES, MAX_TEXT_FILE_BYTES } from './limits'
import { isValidPartialDate } from './partial-date'
import type { CallName, EventName, MenuCommand } from './contract-names'

export * from './contract-names'

interface CallSpec<Input extends z.ZodType, Output> {
  input: Input
  /** Phantom field carrying the output type; never set at runtime. */
  output?: Output
}

function defineCall<Output>() {
  return <Input extends z.ZodType>(input: Input): CallSpec<Input, Output> => ({ input })
}

const noInput = z.object({}).strict()
const sourceId = z.number().int().positive()
const sourceIds = z.array(sourceId).min(1).max(1_000_000)
const collectionId = z.number().int().positive()
const shortText = (max: number) => z.string().trim().max(max)
const tagName = z.string().trim().min(1).max(80)
const partialDate = z
  .string()
  .trim()
  .refine(isValidPartialDate, { message: 'use a year, a month or a day: 2025, 2025-11 or 2025-11-24' })

export const metadataPatch = z
  .object({
    title: shortText(1000).min(1),
    authors: z.array(shortText(300).min(1)).max(200),
    publisher: shortText(500).nullable(),
    publishedDate: partialDate.nullable(),
    url: shortText(4000).nullable(),
    language: shortText(35).nullable(),
    kind: z.enum(SOURCE_KINDS),
    tags: z.array(tagName).max(500),
    collectionIds: z.array(collectionId).max(1000),
  })
  .partial()
  .strict()

/** Hard ceiling on bytes in one call; per-file limits give friendlier messages first. */
const MAX_FILE_BYTES_IN_CALL = 256 * 1024 * 1024

export const importedFile = z
  .object({
    name: z.string().min(1).max(1024),
    data: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES_IN_CALL, {
      message: 'file is larger than 256 MB',
    }),
  })
  .strict()

export const calls = {
  'app:info': defineCall<AppInfo>()(noInput),
  'sources:list': defineCall<SourceSummary[]>()(noInput),
  'sources:get': defineCall<Source>()(z.object({ id: sourceId }).strict()),
  'sources:importFiles': defineCall<ImportReport>()(
    z.object({ files: z.array(importedFile).min(1).max(IMPORT_BATCH_FILES) }).strict(),
  ),
  /** Text or HTML pasted from the clipboard becomes a new source. */
  'sources:importPasted': defineCall<ImportReport>()(
    z
      .object({
        text: z.string().max(MAX_TEXT_FILE_BYTES).optional(),
        html: z.string().max(MAX_TEXT_FILE_BYTES).optional(),
      })
      .strict()
      .refine((input) => Boolean(input.text?.trim() || input.html?.trim()), { message: 'nothing to paste' }),
  ),
  'sources:update': defineCall<SourceSummary>()(z.object({ id: sourceId, patch: metadataPatch }).strict()),
  /** Bulk tagging: add and remove tag names on many sources at once. */
  'sources:tag': defineCall<{ updated: number }>()(
    z.object({ ids: sourceIds, add: z.array(tagName).max(100), remove: z.array(tagName).max(100) }).strict(),
  ),
  'sources:delete': defineCall<DeleteReceipt>()(z.object({ ids: sourceIds }).strict()),
  'sources:restore': defineCall<{ restored: number }>()(
    z.object({ undoToken: z.string().min(1).max(100) }).strict(),
  ),
  'sources:original': defineCall<OriginalFile>()(z.object({ id: sourceId }).strict()),
  'tags:list': defineCall<TagCount[]>()(noInput),
  'collections:list': defineCall<Collection[]>()(noInput),
  'collections:create': defineCall<Collection>()(z.object({ name: shortText(200).min(1) }).strict()),
  'collections:rename': defineCall<Collection>()(
    z.object({ id: collectionId, name: shortText(200).min(1) }).strict(),
  ),
  'collections:delete': defineCall<{ deleted: boolean }>()(z.object({ id: collectionId }).strict()),
  'collections:setMembership': defineCall<{ updated: number }>()(
    z.object({ id: collectionId, sourceIds, member: z.boolean() }).strict(),
  ),
  'search:query': defineCall<SearchResults>()(
    z.object({ query: z.string().max(1000), limit: z.number().int().min(1).max(200).default(20) }).strict(),
  ),
} as const

export type Calls = typeof calls
// Every name in contract-names.ts has a schema here and nothing else does.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const namesMatch: Exactly<keyof Calls, CallName> = true
void namesMatch
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>
export type ParsedCallInput<N extends CallName> = z.output<Calls[N]['input']>
export type CallOutput<N extends CallName> = NonNullable<Calls[N]['output']>

export interface EventPayloads {
  /** Another library file was opened (desktop File menu). */
  'library:changed': LibraryInfo
  /** Sources were added, changed or removed by anyone (app, menu import). */
  'sources:changed': { count: number }
  /** A path import started from the desktop menu is under way. */
  'import:progress': { done: number; total: number; currentName: string }
  'import:finished': ImportReport
  'menu:command': { command: MenuCommand }
  /** Something the user should read that no call returned (a menu action failed). */
  'app:notice': { level: 'info' | 'error'; message: string }
}

const eventsMatch: Exactly<keyof EventPayloads, EventName> = true
void eventsMatch
