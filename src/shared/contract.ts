// The call contract: every call the renderer may make (name, input schema,
// output type) and every event main may send. Both shells and the handler
// table are typed from this one object, so a name cannot drift.
import { z } from 'zod'
import type { AppInfo, ImportReport, LibraryInfo, Source, SourceSummary } from './models'
import { IMPORT_BATCH_FILES } from './limits'
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
