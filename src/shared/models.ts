// Domain types shared by every process. Plain data only: they cross IPC and HTTP.

export const SOURCE_KINDS = ['article', 'report', 'statement', 'interview', 'other'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** What the library table needs for one row; no text, no bytes. */
export interface SourceSummary {
  id: number
  title: string
  kind: SourceKind
  fileName: string
  mediaType: string
  byteSize: number
  importedAt: string
  authors: string[]
  publisher: string | null
  /** A partial date: 2025, 2025-11 or 2025-11-24. */
  publishedDate: string | null
  url: string | null
  language: string | null
  tags: string[]
  collectionIds: number[]
  passageCount: number
}

/** The first rows of the library list, in its order, and the number of sources in all. */
export interface SourcePage {
  total: number
  rows: SourceSummary[]
}

export const BLOCK_KINDS = ['heading', 'paragraph', 'quote', 'list-item', 'code'] as const
export type BlockKind = (typeof BLOCK_KINDS)[number]

/** A structural span of a source's canonical text, so the reader can show headings and paragraphs. */
export interface TextBlock {
  kind: BlockKind
  /** Offsets into the canonical text, in UTF-16 code units, end exclusive. */
  start: number
  end: number
  /** Heading level 1-6 for headings. */
  level?: number
  /** The page of the original it comes from (PDF), 1-based. */
  page?: number
}

/** Where each page of a paginated original (PDF) lies in the canonical text. */
export interface PageSpan {
  page: number
  start: number
  end: number
}

export interface TextRange {
  start: number
  end: number
}

export interface Source extends SourceSummary {
  contentHash: string
  text: string
  blocks: TextBlock[]
  /** Present for paginated originals (PDF). */
  pages: PageSpan[] | null
}

/** The metadata a researcher can edit; every field optional in a patch. */
export interface SourceMetadata {
  title: string
  authors: string[]
  publisher: string | null
  publishedDate: string | null
  url: string | null
  language: string | null
  kind: SourceKind
  tags: string[]
  collectionIds: number[]
}

export interface OriginalFile {
  fileName: string
  mediaType: string
  data: Uint8Array
}

export interface DeleteReceipt {
  deleted: number
  /** Pass to sources:restore to undo the delete. */
  undoToken: string
}

export interface TagCount {
  name: string
  count: number
}

export interface Collection {
  id: number
  name: string
  sourceCount: number
}

export interface SearchHit {
  sourceId: number
  title: string
  /** Plain text around the best match. */
  snippet: string
  /** [start, end) ranges inside `snippet` to highlight. */
  highlights: [number, number][]
  /** Higher is better. */
  score: number
  /** The first match in the source's canonical text, to open the reader there. */
  match: TextRange | null
}

export interface SearchResults {
  query: string
  hits: SearchHit[]
  /** Total time of the call in the core, and of the FTS5 query alone, in ms. */
  tookMs: number
  ftsMs: number
}

export type ImportOutcome =
  | { status: 'imported'; name: string; sourceId: number; title: string }
  | { status: 'duplicate'; name: string; sourceId: number; title: string }
  | { status: 'failed'; name: string; reason: string }

export interface ImportReport {
  outcomes: ImportOutcome[]
  imported: number
  duplicates: number
  failed: number
}

export interface LibraryInfo {
  path: string
  fileName: string
  schemaVersion: number
  sourceCount: number
}

export interface AppInfo {
  version: string
  /** 'desktop' inside Electron, 'web-shell' when served over loopback HTTP. */
  shell: 'desktop' | 'web-shell'
  library: LibraryInfo
}
