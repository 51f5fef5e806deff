// Domain types shared by every process. Plain data only: they cross IPC and HTTP.

export const SOURCE_KINDS = ['article', 'report', 'statement', 'interview', 'other'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** What the library list needs for one row; no text, no bytes. */
export interface SourceSummary {
  id: number
  title: string
  kind: SourceKind
  fileName: string
  mediaType: string
  byteSize: number
  importedAt: string
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
}

export interface Source extends SourceSummary {
  contentHash: string
  authors: string[]
  publisher: string | null
  publishedDate: string | null
  url: string | null
  language: string | null
  text: string
  blocks: TextBlock[]
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
