// Imports files into the library: extracts each, skips content already there
// (same hash), and reports per file. Inserts are batched in transactions.
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import type { ImportOutcome, ImportReport } from '@shared/models'
import { MAX_TEXT_FILE_BYTES } from '@shared/limits'
import { isWeftError, WeftError } from '../core/weft-error'
import type { SourcesRepository } from '../db/sources-repository'
import { extractDocument, tooLargeError } from './extract/extract-document'
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

export interface PathImportOptions {
  onProgress?: (progress: ImportProgress) => void
  signal?: AbortSignal
  /** Names reported for each file; the CLI wants full paths, the app file names. */
  nameOf?: (path: string) => string
}

const FILES_PER_TRANSACTION = 250

export function summarise(outcomes: ImportOutcome[]): ImportReport {
  return {
    outcomes,
    imported: outcomes.filter((outcome) => outcome.status === 'imported').length,
    duplicates: outcomes.filter((outcome) => outcome.status === 'duplicate').length,
    failed: outcomes.filter((outcome) => outcome.status === 'failed').length,
  }
}

export class ImportService {
  constructor(private readonly sources: SourcesRepository) {}

  /** Files whose bytes are already in memory (the renderer's drops and picks). */
  importFiles(files: IncomingFile[]): ImportReport {
    const outcomes = this.sources.inTransaction(() =>
      files.map((file) => this.importOne(file.name, file.data)),
    )
    return summarise(outcomes)
  }

  /** Files and folders on disk (the CLI, the desktop menu). */
  async importPaths(paths: string[], options: PathImportOptions = {}): Promise<ImportReport> {
    const nameOf = options.nameOf ?? ((path: string) => path)
    const { files, missing } = await expandImportPaths(paths)
    const outcomes: ImportOutcome[] = missing.map((path) => ({
      status: 'failed',
      name: nameOf(path),
      reason: 'No such file or folder.',
    }))
    for (let offset = 0; offset < files.length; offset += FILES_PER_TRANSACTION) {
      if (options.signal?.aborted) throw new WeftError('cancelled', 'Import cancelled.')
      const chunk = files.slice(offset, offset + FILES_PER_TRANSACTION)
      const loaded = await Promise.all(chunk.map((path) => readForImport(path)))
      const chunkOutcomes = this.sources.inTransaction(() =>
        loaded.map((file, index) =>
          file instanceof WeftError
            ? { status: 'failed' as const, name: nameOf(chunk[index]!), reason: file.message }
            : this.importOne(nameOf(chunk[index]!), file, chunk[index]!),
        ),
      )
      outcomes.push(...chunkOutcomes)
      options.onProgress?.({
        done: Math.min(offset + chunk.length, files.length),
        total: files.length,
        currentName: nameOf(chunk[chunk.length - 1]!),
      })
    }
    return summarise(outcomes)
  }

  private importOne(name: string, bytes: Uint8Array, path = name): ImportOutcome {
    try {
      const contentHash = createHash('sha256').update(bytes).digest('hex')
      const existing = this.sources.findByHash(contentHash)
      if (existing) return { status: 'duplicate', name, sourceId: existing.id, title: existing.title }
      const fileName = path.replace(/^.*[\\/]/, '')
      const document = extractDocument(bytes, fileName)
      const sourceId = this.sources.insert({
        title: document.title,
        kind: 'other',
        fileName,
        mediaType: document.mediaType,
        contentHash,
        text: document.text,
        blocks: document.blocks,
        original: bytes,
      })
      return { status: 'imported', name, sourceId, title: document.title }
    } catch (error) {
      if (isWeftError(error)) return { status: 'failed', name, reason: error.message }
      throw error
    }
  }
}

/** Reads a file unless it is too large to import; never reads a 200 MB file only to refuse it. */
async function readForImport(path: string): Promise<Uint8Array | WeftError> {
  try {
    const info = await stat(path)
    if (info.size > MAX_TEXT_FILE_BYTES) return tooLargeError(path.replace(/^.*[\\/]/, ''), info.size)
    return await readFile(path)
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unknown error'
    return new WeftError('io_error', `Could not read the file (${code}).`)
  }
}
