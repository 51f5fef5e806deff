// The notes calls: each one's input schema and output type, merged into the
// contract's `calls` by contract.ts.
import { z } from 'zod'
import {
  MENTION_STYLES,
  NOTE_EXPORT_FORMATS,
  NOTE_BLOCKS_PLACEHOLDER,
  NOTE_SORTS,
  type Note,
  type NoteDeleteReceipt,
  type NoteExportFile,
  type NoteSearchHit,
  type NoteSummary,
  type NoteVersion,
  type NoteVersionSummary,
  type QuotablePassage,
  type RestoredVersion,
  type SavedBlocks,
  type SavedNote,
} from './notes'

export { NOTE_CALL_NAMES } from './note-call-names'

/** A note's serialized editor state may be this long (a long report with many quotes is a few MB). */
export const MAX_NOTE_CONTENT_CHARS = 40 * 1024 * 1024

export interface NoteCallSpec<Input extends z.ZodType, Output> {
  input: Input
  /** Phantom field carrying the output type; never set at runtime. */
  output?: Output
}

// The same shape as contract.ts's defineCall. Not imported from there:
// contract.ts imports this file, and importing back would be a cycle.
function defineNoteCall<Output>() {
  return <Input extends z.ZodType>(input: Input): NoteCallSpec<Input, Output> => ({ input })
}

const noteId = z.number().int().positive()
const title = z.string().trim().min(1, { message: 'give the note a title' }).max(1000)
const content = z
  .string()
  .max(MAX_NOTE_CONTENT_CHARS, { message: 'the note is larger than 40 MB; split it into several notes' })
  .refine(isEditorStateJson, { message: 'not a saved editor state (JSON with a root node)' })
const searchLimit = z.number().int().min(1).max(200)

function isEditorStateJson(text: string): boolean {
  // A cheap shape check; the core parses it fully when it derives text and links.
  return text.startsWith('{') && text.includes('"root"')
}

export const noteCalls = {
  'notes:list': defineNoteCall<NoteSummary[]>()(
    z
      .object({ query: z.string().max(1000).default(''), sort: z.enum(NOTE_SORTS).default('updated') })
      .strict(),
  ),
  'notes:get': defineNoteCall<Note>()(z.object({ id: noteId }).strict()),
  'notes:create': defineNoteCall<Note>()(
    z.object({ title: title.default('Untitled note'), content: content.optional() }).strict(),
  ),
  'notes:rename': defineNoteCall<NoteSummary>()(z.object({ id: noteId, title }).strict()),
  /** Saves the editor state; the core derives the text, the links and (now and then) a version. */
  'notes:save': defineNoteCall<SavedNote>()(
    z.object({ id: noteId, content, title: title.optional() }).strict(),
  ),
  /** Saves a long note from its changed blocks only (see src/main/notes/note-blocks.ts). */
  'notes:saveBlocks': defineNoteCall<SavedBlocks>()(
    z
      .object({
        id: noteId,
        baseRevision: z.number().int().positive(),
        root: z
          .string()
          .max(100_000)
          .includes(NOTE_BLOCKS_PLACEHOLDER, { message: 'the root has no place for its blocks' }),
        blocks: z
          .array(z.union([z.number().int().min(0), z.string().max(MAX_NOTE_CONTENT_CHARS)]))
          .max(1_000_000),
      })
      .strict(),
  ),
  'notes:delete': defineNoteCall<NoteDeleteReceipt>()(z.object({ id: noteId }).strict()),
  'notes:restore': defineNoteCall<NoteSummary>()(
    z.object({ undoToken: z.string().min(1).max(100) }).strict(),
  ),
  'notes:versions': defineNoteCall<NoteVersionSummary[]>()(z.object({ id: noteId }).strict()),
  'notes:version': defineNoteCall<NoteVersion>()(
    z.object({ versionId: z.number().int().positive() }).strict(),
  ),
  /** The note goes back to a version; its state just before is kept as a version, to undo. */
  'notes:restoreVersion': defineNoteCall<RestoredVersion>()(
    z.object({ id: noteId, versionId: z.number().int().positive() }).strict(),
  ),
  /** The notes that mention an actor (for the actor's page). */
  'notes:forEntity': defineNoteCall<NoteSummary[]>()(
    z.object({ entityId: z.number().int().positive() }).strict(),
  ),
  /** Passages to quote, matching words of their text or their source's title; newest first when empty. */
  'notes:findPassages': defineNoteCall<QuotablePassage[]>()(
    z.object({ query: z.string().max(500).default(''), limit: searchLimit.default(20) }).strict(),
  ),
  /** The live passages among these ids, as they are now (missing ones were deleted). */
  'notes:passages': defineNoteCall<QuotablePassage[]>()(
    z.object({ ids: z.array(z.number().int().positive()).max(10_000) }).strict(),
  ),
  'notes:search': defineNoteCall<NoteSearchHit[]>()(
    z.object({ query: z.string().max(1000), limit: searchLimit.default(20) }).strict(),
  ),
  'notes:export': defineNoteCall<NoteExportFile>()(
    z
      .object({
        id: noteId,
        format: z.enum(NOTE_EXPORT_FORMATS),
        mentions: z.enum(MENTION_STYLES).default('plain'),
      })
      .strict(),
  ),
} as const
