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
  type SourcePage,
  type SourceSummary,
  type TagCount,
} from './models'
import { IMPORT_BATCH_FILES, MAX_TEXT_FILE_BYTES } from './limits'
import { isValidPartialDate } from './partial-date'
import {
  ALIAS_KINDS,
  type Alias,
  type CitedPassage,
  type Entity,
  type EntitySummary,
  type EntityType,
  type MentionSuggestion,
  type MergeReceipt,
  type Passage,
} from './actors'
import { noteCalls } from './contract-notes'
import { networkCalls } from './contract-network'
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

const entityId = z.number().int().positive()
const passageId = z.number().int().positive()
const suggestionId = z.number().int().positive()
const entityTypeName = z.string().trim().min(1).max(60)
const aliasInput = z
  .object({ name: shortText(300).min(1), kind: z.enum(ALIAS_KINDS).default('name') })
  .strict()
const passageColor = z
  .string()
  .regex(/^#[0-9a-f]{6}$/i, { message: 'use a colour like #f5c542' })
  .nullable()
const undoToken = z.string().min(1).max(100)

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
/** More than a tall window shows; beyond it, read the whole list. */
const FIRST_PAGE_MAX_ROWS = 500

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
  /** The list's first rows and its length: what a window paints first while the whole list loads. */
  'sources:firstPage': defineCall<SourcePage>()(
    z.object({ limit: z.number().int().min(1).max(FIRST_PAGE_MAX_ROWS) }).strict(),
  ),
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
  /** A newer version of a source's file: text and original replaced, passages re-anchored. */
  'sources:replaceContent': defineCall<{ reanchored: number; needsReview: number }>()(
    z.object({ id: sourceId, file: importedFile }).strict(),
  ),

  'entityTypes:list': defineCall<EntityType[]>()(noInput),
  'entityTypes:add': defineCall<EntityType>()(z.object({ name: entityTypeName }).strict()),
  'entities:list': defineCall<EntitySummary[]>()(noInput),
  'entities:get': defineCall<Entity>()(z.object({ id: entityId }).strict()),
  'entities:create': defineCall<EntitySummary>()(
    z
      .object({
        name: shortText(300).min(1),
        type: entityTypeName,
        aliases: z.array(aliasInput).max(100).default([]),
        description: shortText(20_000).default(''),
        parentId: entityId.nullable().default(null),
        attributes: z.record(shortText(100).min(1), shortText(2000)).default({}),
      })
      .strict(),
  ),
  'entities:update': defineCall<Entity>()(
    z
      .object({
        id: entityId,
        patch: z
          .object({
            name: shortText(300).min(1),
            type: entityTypeName,
            description: shortText(20_000),
            parentId: entityId.nullable(),
            attributes: z.record(shortText(100).min(1), shortText(2000)),
          })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  'entities:delete': defineCall<{ deleted: boolean }>()(z.object({ id: entityId }).strict()),
  'entities:addAlias': defineCall<Alias>()(z.object({ entityId, alias: aliasInput }).strict()),
  'entities:removeAlias': defineCall<{ removed: boolean }>()(
    z.object({ aliasId: z.number().int().positive() }).strict(),
  ),
  /** Aliases, passages and ties of `otherId` move to `keepId`; undoable with the token. */
  'entities:merge': defineCall<MergeReceipt>()(
    z
      .object({ keepId: entityId, otherId: entityId })
      .strict()
      .refine((input) => input.keepId !== input.otherId, {
        message: 'an actor cannot be merged into itself',
      }),
  ),
  'entities:unmerge': defineCall<{ restoredId: number }>()(z.object({ undoToken }).strict()),
  /** An alias becomes an actor of its own (same type), leaving the original actor. */
  'entities:splitAlias': defineCall<EntitySummary>()(
    z.object({ aliasId: z.number().int().positive() }).strict(),
  ),

  'passages:create': defineCall<Passage>()(
    z
      .object({
        sourceId,
        start: z.number().int().min(0),
        end: z.number().int().positive(),
        entityIds: z.array(entityId).max(100).default([]),
        comment: shortText(20_000).nullable().default(null),
        color: passageColor.default(null),
      })
      .strict()
      .refine((input) => input.end > input.start, { message: 'end must be after start' }),
  ),
  'passages:update': defineCall<Passage>()(
    z
      .object({
        id: passageId,
        patch: z
          .object({ comment: shortText(20_000).nullable(), color: passageColor })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  'passages:delete': defineCall<{ undoToken: string }>()(z.object({ id: passageId }).strict()),
  'passages:restore': defineCall<Passage>()(z.object({ undoToken }).strict()),
  'passages:forSource': defineCall<Passage[]>()(z.object({ sourceId }).strict()),
  'passages:forEntity': defineCall<CitedPassage[]>()(z.object({ entityId }).strict()),
  'passages:link': defineCall<Passage>()(z.object({ passageId, entityId }).strict()),
  'passages:unlink': defineCall<Passage>()(z.object({ passageId, entityId }).strict()),
  /** Confirms a passage flagged after re-anchoring, optionally at a corrected span. */
  'passages:resolveReview': defineCall<Passage>()(
    z
      .object({
        id: passageId,
        start: z.number().int().min(0).optional(),
        end: z.number().int().positive().optional(),
      })
      .strict(),
  ),

  'mentions:forSource': defineCall<MentionSuggestion[]>()(z.object({ sourceId }).strict()),
  'mentions:forEntity': defineCall<MentionSuggestion[]>()(
    z.object({ entityId, status: z.enum(['open', 'accepted', 'rejected']).default('open') }).strict(),
  ),
  /** The suggestion becomes a passage linked to its actor. */
  'mentions:accept': defineCall<Passage>()(z.object({ id: suggestionId }).strict()),
  'mentions:reject': defineCall<{ rejected: boolean }>()(z.object({ id: suggestionId }).strict()),
  /** Undoes a rejection: the suggestion is open again (false when it already was). */
  'mentions:unreject': defineCall<{ reopened: boolean }>()(z.object({ id: suggestionId }).strict()),
  'mentions:acceptAllInSource': defineCall<{ accepted: number }>()(
    z.object({ sourceId, entityId: entityId.optional() }).strict(),
  ),
  ...noteCalls,
  ...networkCalls,
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
  'actors:changed': { ids: number[] }
  'passages:changed': { sourceIds: number[] }
  /** Suggestions were added or resolved (new sources or aliases scanned, accepts, rejects). */
  'mentions:changed': { sourceIds: number[]; entityIds: number[] }
}

const eventsMatch: Exactly<keyof EventPayloads, EventName> = true
void eventsMatch
