// Notes: the types every process shares, including the JSON shape of the two
// Weft nodes inside a note's Lexical state (quoted passages, actor mentions),
// which the core reads without Lexical to index, link and export notes.

/** The note editor's Lexical namespace, which Lexical checks on paste (the reader's "Copy as quote" writes it too). */
export const NOTE_EDITOR_NAMESPACE = 'weft-note'

export const NOTE_SORTS = ['updated', 'title'] as const
export type NoteSort = (typeof NOTE_SORTS)[number]

export const NOTE_EXPORT_FORMATS = ['md', 'html', 'docx', 'pdf'] as const
export type NoteExportFormat = (typeof NOTE_EXPORT_FORMATS)[number]

/** How an export writes actor mentions: the plain name, or `[[name]]` for wiki-style tools. */
export const MENTION_STYLES = ['plain', 'wikilinks'] as const
export type MentionStyle = (typeof MENTION_STYLES)[number]

/** The serialized `type` of the Weft nodes (Lexical's node type names). */
export const PASSAGE_QUOTE_TYPE = 'passage-quote'
export const ACTOR_MENTION_TYPE = 'actor-mention'

/** What a citation needs from a passage's source, copied into the note when quoted. */
export interface CitationSnapshot {
  sourceId: number
  title: string
  authors: string[]
  publisher: string | null
  /** A partial date: 2025, 2025-11 or 2025-11-24. */
  publishedDate: string | null
  url: string | null
}

/** A quoted passage as stored in the note: its id and the exact text and citation when quoted. */
export interface SerializedPassageQuote {
  type: typeof PASSAGE_QUOTE_TYPE
  version: 1
  passageId: number
  start: number
  end: number
  exact: string
  citation: CitationSnapshot
}

/** A named actor as stored in the note; the name is the one shown when it was mentioned. */
export interface SerializedActorMention {
  type: typeof ACTOR_MENTION_TYPE
  version: 1
  entityId: number
  name: string
  entityType: string
}

export interface NoteSummary {
  id: number
  title: string
  createdAt: string
  updatedAt: string
  wordCount: number
  /** The opening of the note's text, for the list. */
  excerpt: string
}

export interface Note extends NoteSummary {
  /** The Lexical editor state, serialized as JSON. */
  content: string
  /** Increases on every save, so a stale writer can be told apart. */
  revision: number
}

export interface SavedNote {
  id: number
  revision: number
  updatedAt: string
  wordCount: number
  /** True when this save also kept a version in the note's history. */
  versionKept: boolean
}

export const NOTE_VERSION_REASONS = ['autosave', 'before restore', 'imported'] as const
export type NoteVersionReason = (typeof NOTE_VERSION_REASONS)[number]

export interface NoteVersionSummary {
  id: number
  noteId: number
  title: string
  createdAt: string
  reason: NoteVersionReason
  wordCount: number
}

export interface NoteVersion extends NoteVersionSummary {
  content: string
  plainText: string
}

export interface RestoredVersion {
  note: Note
  /** The version that holds the note as it was just before, to undo the restore. */
  undoVersionId: number
}

export interface NoteDeleteReceipt {
  /** Pass to notes:restore to undo the delete. */
  undoToken: string
}

/** A passage as the quote picker and the editor need it: its text, place and citation. */
export interface QuotablePassage {
  passageId: number
  start: number
  end: number
  exact: string
  citation: CitationSnapshot
}

export interface NoteSearchHit {
  noteId: number
  title: string
  snippet: string
  /** [start, end) ranges inside `snippet` to highlight. */
  highlights: [number, number][]
  updatedAt: string
}

export interface NoteExportFile {
  fileName: string
  mediaType: string
  data: Uint8Array
}

/**
 * A passage's text as a quote shows it: line breaks inside a paragraph (left
 * by a page's HTML or a PDF's lines) become spaces; paragraph breaks stay.
 */
export function readableQuote(exact: string): string {
  return exact
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n')
}

/**
 * Stands in for a note's blocks inside the root JSON a block save sends
 * (notes:saveBlocks): `{"root":{...,"children":["<this>"]}}`.
 */
export const NOTE_BLOCKS_PLACEHOLDER = '@@weft:blocks@@'

/** A block save's answer: the saved note, or null when the note changed since `baseRevision` (send it whole). */
export interface SavedBlocks {
  saved: SavedNote | null
}
