// The network calls (ties, their types and suggestions, the network and its
// saved views, exports, the sample library): each one's input schema and
// output type, merged into the contract's `calls` by contract.ts.
import { z } from 'zod'
import type { LibraryInfo } from './models'
import { isValidPartialDate } from './partial-date'
import { GRAPH_EXPORT_FORMATS, type GraphExportFile } from './network/exports'
import type { NetworkData } from './network/network-data'
import {
  SUGGESTION_STATES,
  TIE_CONFIDENCES,
  TIE_STATUSES,
  type TieDetail,
  type TieSuggestion,
  type TieSummary,
  type TieType,
} from './network/ties'
import { LAYOUT_NAMES, NODE_COLOR_BY, NODE_SIZE_BY, type SavedNetworkView } from './network/views'

export { NETWORK_CALL_NAMES } from './network-call-names'

export interface NetworkCallSpec<Input extends z.ZodType, Output> {
  input: Input
  /** Phantom field carrying the output type; never set at runtime. */
  output?: Output
}

// The same shape as contract.ts's defineCall. Not imported from there:
// contract.ts imports this file, and importing back would be a cycle.
function defineNetworkCall<Output>() {
  return <Input extends z.ZodType>(input: Input): NetworkCallSpec<Input, Output> => ({ input })
}

const id = z.number().int().positive()
const text = (max: number) => z.string().trim().max(max)
const partialDate = z
  .string()
  .trim()
  .refine(isValidPartialDate, { message: 'use a year, a month or a day: 2025, 2025-11 or 2025-11-24' })
const tieTypeName = text(80).min(1, { message: 'give the tie type a name' })
const color = z.string().regex(/^#[0-9a-f]{6}$/i, { message: 'use a colour like #3a86c8' })
const passageIds = z.array(id).max(1000)

const tieFields = {
  type: tieTypeName,
  directed: z.boolean(),
  startDate: partialDate.nullable(),
  endDate: partialDate.nullable(),
  ongoing: z.boolean(),
  status: z.enum(TIE_STATUSES),
  confidence: z.enum(TIE_CONFIDENCES),
  place: text(300).nullable(),
  description: text(20_000),
}

export const tieInput = z
  .object({
    fromId: id,
    toId: id,
    type: tieFields.type,
    /** Default: the type's own direction. */
    directed: tieFields.directed.optional(),
    startDate: tieFields.startDate.default(null),
    endDate: tieFields.endDate.default(null),
    ongoing: tieFields.ongoing.default(false),
    status: tieFields.status.default('reported'),
    confidence: tieFields.confidence.default('medium'),
    place: tieFields.place.default(null),
    description: tieFields.description.default(''),
    evidenceIds: passageIds.default([]),
  })
  .strict()
  .refine((tie) => tie.fromId !== tie.toId, { message: 'a tie joins two different actors' })

const tiePatch = z
  .object({ fromId: id, toId: id, ...tieFields })
  .partial()
  .strict()

const period = z.object({ from: partialDate.nullable(), to: partialDate.nullable() }).strict()

export const graphFilter = z
  .object({
    from: partialDate.nullable(),
    to: partialDate.nullable(),
    includeUndated: z.boolean(),
    tieTypes: z.array(tieTypeName).max(1000).nullable(),
    actorTypes: z.array(text(60).min(1)).max(1000).nullable(),
    statuses: z.array(z.enum(TIE_STATUSES)).nullable(),
    minEvidence: z.number().int().min(0).max(1_000_000),
    includeIsolated: z.boolean(),
    focus: z
      .object({ actorId: id, hops: z.union([z.literal(1), z.literal(2)]) })
      .strict()
      .nullable(),
  })
  .strict()

const viewSettings = z
  .object({
    filter: graphFilter,
    layout: z.enum(LAYOUT_NAMES),
    sizeBy: z.enum(NODE_SIZE_BY),
    colorBy: z.enum(NODE_COLOR_BY),
    compare: z.object({ a: period, b: period }).strict().nullable(),
  })
  .strict()

const finite = z.number().finite()
const positions = z.record(z.string().regex(/^\d+$/), z.tuple([finite, finite]))

export const networkCalls = {
  'ties:listTypes': defineNetworkCall<TieType[]>()(z.object({}).strict()),
  'ties:addType': defineNetworkCall<TieType>()(
    z.object({ name: tieTypeName, color, directed: z.boolean().default(false) }).strict(),
  ),
  /** Renaming a type renames it on every tie of that type. */
  'ties:updateType': defineNetworkCall<TieType>()(
    z
      .object({
        name: tieTypeName,
        patch: z.object({ name: tieTypeName, color, directed: z.boolean() }).partial().strict(),
      })
      .strict(),
  ),
  /** Only a type no tie uses can go. */
  'ties:deleteType': defineNetworkCall<{ deleted: boolean }>()(z.object({ name: tieTypeName }).strict()),

  /** Every tie, or one actor's (as from or to). */
  'ties:list': defineNetworkCall<TieSummary[]>()(z.object({ entityId: id.optional() }).strict()),
  'ties:get': defineNetworkCall<TieDetail>()(z.object({ id }).strict()),
  /** The live ties among these ids with their evidence (an edge's bundle in the side panel). */
  'ties:getMany': defineNetworkCall<TieDetail[]>()(
    z.object({ ids: z.array(id).min(1).max(10_000) }).strict(),
  ),
  'ties:create': defineNetworkCall<TieDetail>()(tieInput),
  'ties:update': defineNetworkCall<TieDetail>()(z.object({ id, patch: tiePatch }).strict()),
  'ties:delete': defineNetworkCall<{ undoToken: string }>()(z.object({ id }).strict()),
  'ties:restore': defineNetworkCall<TieDetail>()(
    z.object({ undoToken: z.string().min(1).max(100) }).strict(),
  ),
  /** More passages that show the tie; ones it already has are kept once. */
  'ties:addEvidence': defineNetworkCall<TieDetail>()(
    z.object({ tieId: id, passageIds: passageIds.min(1) }).strict(),
  ),
  'ties:removeEvidence': defineNetworkCall<TieDetail>()(z.object({ tieId: id, passageId: id }).strict()),

  /** Sentences naming two known actors with a cue; looks again in sources that changed first. */
  'ties:suggestions': defineNetworkCall<TieSuggestion[]>()(
    z.object({ status: z.enum(SUGGESTION_STATES).default('open') }).strict(),
  ),
  /** The sentence becomes a passage linked to both actors and the evidence of a new tie. */
  'ties:acceptSuggestion': defineNetworkCall<TieDetail>()(
    z
      .object({
        id,
        /** The tie as the user edited it; anything not given comes from the suggestion. */
        edits: z
          .object({ fromId: id, toId: id, ...tieFields })
          .partial()
          .strict()
          .default({}),
      })
      .strict(),
  ),
  'ties:rejectSuggestion': defineNetworkCall<{ rejected: boolean }>()(z.object({ id }).strict()),

  /** The whole network, compact: the view filters it locally. */
  'network:data': defineNetworkCall<NetworkData>()(z.object({}).strict()),
  'network:export': defineNetworkCall<GraphExportFile>()(
    z
      .object({
        format: z.enum(GRAPH_EXPORT_FORMATS),
        /** The view's filter; null exports the whole network. */
        filter: graphFilter.nullable(),
        /** Where the view shows each actor, kept in the export when the format can hold it. */
        positions: positions.default({}),
      })
      .strict(),
  ),
  'network:views': defineNetworkCall<SavedNetworkView[]>()(z.object({}).strict()),
  /** Creates a view, or replaces the one with this id. */
  'network:saveView': defineNetworkCall<SavedNetworkView>()(
    z
      .object({
        id: id.optional(),
        name: text(200).min(1, { message: 'give the view a name' }),
        settings: viewSettings,
        positions,
      })
      .strict(),
  ),
  'network:deleteView': defineNetworkCall<{ deleted: boolean }>()(z.object({ id }).strict()),

  /** Builds the demo library (once) in the folder of the current library and opens it. */
  'sample:open': defineNetworkCall<LibraryInfo>()(z.object({}).strict()),
} as const
