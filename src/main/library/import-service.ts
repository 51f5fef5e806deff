// Imports files into the library: skips content already there (same SHA-256
// of the bytes) before parsing it, has the worker pool parse the rest off the
// main thread (small text files excepted, see inline-extract), stores each
// document with the metadata found in it, and reports per file. Files are
// read a few at a time and stored in batched transactions.
import { createHash } from 'node:crypto'
import { open, readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ImportOutcome, ImportReport } from '@shared/models'
import { isWeftError, WeftError } from '../core/weft-error'
import type { SourcesRepository } from '../db/sources-repository'
import { sharedDocumentReader } from '../workers/document-reader'
import type { DocumentReader } from '../workers/extraction-pool'
import type { ExtractedDocument } from './extract/document'
import { detectFormat, formatFromName } from './extract/file-format'
import { extractInline } from './extract/inline-extract'
import { MAX_FILE_BYTES, MAX_ANY_FILE_BYTES, tooLargeError } from './extract/format-limits'
import { expandImportPaths } from './expand-paths'

export interface IncomingFile {
  name: string
  data: Uint8Array
}

export interface ImportProgress {
  done: number
  total: number
  currentName: string
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void
  signal?: AbortSignal
}

export interface PathImportOptions extends ImportOptions {
  /** Names reported for each file; the CLI wants full paths, the app file names. */
  nameOf?: (path: string) => string
}

/** One file to import: how it is reported, its own name, and how to get its bytes. */
interface PendingFile {
  name: string
  fileName: string
  load(): Promise<Uint8Array>
}

type Prepared =
  | { status: 'failed'; reason: string }
  | { status: 'known'; sourceId: number; title: string }
  /** The same bytes as an earlier file of this import: it shares that file's fate. */
  | { status: 'repeat'; of: number }
  | { status: 'read'; bytes: Uint8Array; contentHash: string; document: ExtractedDocument }

const FILES_PER_TRANSACTION = 250
/** Files being read or parsed at once: enough to keep the workers busy, few enough to bound memory. */
const FILES_IN_FLIGHT = 16
const BYTES_IN_FLIGHT = 256 * 1024 * 1024
/** A slow batch (PDFs) still shows progress and commits this often. */
const COMMIT_INTERVAL_MS = 500

export function summarise(outcomes: ImportOutcome[]): ImportReport {
  return {
    outcomes,
    imported: outcomes.filter((outcome) => outcome.status === 'imported').length,
    duplicates: outcomes.filter((outcome) => outcome.status === 'duplicate').length,
    failed: outcomes.filter((outcome) => outcome.status === 'failed').length,
  }
}

export class ImportService {
  constructor(
    private readonly sources: SourcesRepository,
    private readonly reader: DocumentReader = sharedDocumentReader(),
  ) {}

  /** Files whose bytes are already in memory (the renderer's drops and picks, pastes). */
  importFiles(files: IncomingFile[], options: ImportOptions = {}): Promise<ImportReport> {
    const pending = files.map((file) => ({
      name: file.name,
      fileName: basename(file.name),
      load: () => Promise.resolve(file.data),
    }))
    return this.run(pending, [], options)
  }

  /** Files and folders on disk (the CLI, the desktop menu). */
  async importPaths(paths: string[], options: PathImportOptions = {}): Promise<ImportReport> {
    const nameOf = options.nameOf ?? ((path: string) => path)
    const { files, missing } = await expandImportPaths(paths)
    const missingOutcomes: ImportOutcome[] = missing.map((path) => ({
      status: 'failed',
      name: nameOf(path),
      reason: 'No such file or folder.',
    }))
    const pending = files.map((path) => ({
      name: nameOf(path),
      fileName: basename(path),
      load: () => readForImport(path),
    }))
    return this.run(pending, missingOutcomes, options)
  }

  private async run(
    files: PendingFile[],
    outcomes: ImportOutcome[],
    options: ImportOptions,
  ): Promise<ImportReport> {
    const preparing: (Promise<Prepared> | undefined)[] = []
    const sizes: number[] = []
    const firstIndexOfHash = new Map<string, number>()
    const decided: ImportOutcome[] = []
    let started = 0
    let bytesInFlight = 0
    let batch: { index: number; prepared: Prepared }[] = []
    let lastCommit = Date.now()

    // Files are read and parsed out of order, but their content is checked in file order,
    // so of two copies in one import the first is imported and the second is its duplicate.
    let checkedInOrder: Promise<unknown> = Promise.resolve()
    const start = (index: number) => {
      const file = files[index]!
      const loading = file.load()
      // Its failure is reported when its turn comes; until then it must not count as unhandled.
      loading.catch(() => undefined)
      const checked = checkedInOrder
        .then(() => loading)
        .then((bytes) => {
          sizes[index] = bytes.byteLength
          bytesInFlight += bytes.byteLength
          return this.check(bytes, index, firstIndexOfHash)
        })
      checkedInOrder = checked.catch(() => undefined)
      preparing[index] = checked.then(
        (content) => (content.status === 'new' ? this.read(file, content, options.signal) : content),
        (error: unknown) => ({ status: 'failed' as const, reason: messageOf(error) }),
      )
      // Awaited in order below; when the import stops early (cancelled), the rest must not go unhandled.
      preparing[index].catch(() => undefined)
    }
    const commit = () => {
      if (batch.length === 0) return
      const committed = batch
      batch = []
      this.sources.inTransaction(() => {
        for (const { index, prepared } of committed)
          decided[index] = this.store(files[index]!, prepared, decided)
      })
      lastCommit = Date.now()
      const last = committed[committed.length - 1]!.index
      options.onProgress?.({ done: last + 1, total: files.length, currentName: files[last]!.name })
    }

    for (let index = 0; index < files.length; index += 1) {
      while (
        started < files.length &&
        started - index < FILES_IN_FLIGHT &&
        (started === index || bytesInFlight < BYTES_IN_FLIGHT)
      ) {
        start(started)
        started += 1
      }
      if (options.signal?.aborted) throw cancelledError()
      const prepared = await preparing[index]!
      preparing[index] = undefined
      if (options.signal?.aborted) throw cancelledError()
      bytesInFlight -= sizes[index] ?? 0
      batch.push({ index, prepared })
      if (batch.length >= FILES_PER_TRANSACTION || Date.now() - lastCommit >= COMMIT_INTERVAL_MS) commit()
    }
    commit()
    return summarise([...outcomes, ...decided])
  }

  /** Hashes the bytes and says whether this content is new, already stored, or repeated in this import. */
  private check(
    bytes: Uint8Array,
    index: number,
    firstIndexOfHash: Map<string, number>,
  ): Prepared | { status: 'new'; bytes: Uint8Array; contentHash: string } {
    const contentHash = createHash('sha256').update(bytes).digest('hex')
    const earlier = firstIndexOfHash.get(contentHash)
    if (earlier !== undefined) return { status: 'repeat', of: earlier }
    firstIndexOfHash.set(contentHash, index)
    const existing = this.sources.findByHash(contentHash)
    if (existing) return { status: 'known', sourceId: existing.id, title: existing.title }
    return { status: 'new', bytes, contentHash }
  }

  /** Reads new content into a document: small text here, everything else in the workers. */
  private async read(
    file: PendingFile,
    content: { bytes: Uint8Array; contentHash: string },
    signal: AbortSignal | undefined,
  ): Promise<Prepared> {
    try {
      const document =
        extractInline(content.bytes, file.fileName) ??
        (await this.reader.read({ fileName: file.fileName, bytes: content.bytes }, signal))
      return { status: 'read', bytes: content.bytes, contentHash: content.contentHash, document }
    } catch (error) {
      if (isWeftError(error) && error.code === 'cancelled') throw error
      return { status: 'failed', reason: messageOf(error) }
    }
  }

  private store(file: PendingFile, prepared: Prepared, decided: ImportOutcome[]): ImportOutcome {
    const name = file.name
    switch (prepared.status) {
      case 'failed':
        return { status: 'failed', name, reason: prepared.reason }
      case 'known':
        return { status: 'duplicate', name, sourceId: prepared.sourceId, title: prepared.title }
      case 'repeat': {
        const first = decided[prepared.of]!
        return first.status === 'failed'
          ? { ...first, name }
          : { status: 'duplicate', name, sourceId: first.sourceId, title: first.title }
      }
      case 'read': {
        // Another import may have stored the same bytes while this one was parsing.
        const existing = this.sources.findByHash(prepared.contentHash)
        if (existing) return { status: 'duplicate', name, sourceId: existing.id, title: existing.title }
        const { document } = prepared
        const sourceId = this.sources.insert({
          title: document.title,
          kind: document.kind ?? 'other',
          fileName: file.fileName,
          mediaType: document.mediaType,
          contentHash: prepared.contentHash,
          text: document.text,
          blocks: document.blocks,
          pages: document.pages ?? null,
          original: prepared.bytes,
          authors: document.authors ?? [],
          publisher: document.publisher ?? null,
          publishedDate: document.publishedDate ?? null,
          url: document.url ?? null,
          language: document.language ?? null,
        })
        return { status: 'imported', name, sourceId, title: document.title }
      }
    }
  }
}

function cancelledError(): WeftError {
  return new WeftError('cancelled', 'Import cancelled.')
}

function messageOf(error: unknown): string {
  if (isWeftError(error)) return error.message
  throw error
}

/** Reads a file unless it is too large to import; never reads a 500 MB file only to refuse it. */
async function readForImport(path: string): Promise<Uint8Array> {
  const fileName = basename(path)
  let size: number
  try {
    size = (await stat(path)).size
  } catch (error) {
    throw ioError(error)
  }
  if (size > MAX_FILE_BYTES[formatFromName(fileName)]) {
    // The name may not tell (a PDF saved without .pdf): the first bytes do.
    const format =
      size > MAX_ANY_FILE_BYTES ? formatFromName(fileName) : detectFormat(await readHead(path), fileName)
    if (size > MAX_FILE_BYTES[format]) throw tooLargeError(fileName, size, format)
  }
  try {
    return await readFile(path)
  } catch (error) {
    throw ioError(error)
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw ioError(error)
  })
  try {
    const head = new Uint8Array(1024)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    return head.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

function ioError(error: unknown): WeftError {
  const code = (error as { code?: string }).code ?? 'unknown error'
  return new WeftError('io_error', `Could not read the file (${code}).`)
}
