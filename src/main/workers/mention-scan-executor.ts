// How a mention scan is run: split into chunks of sources, each chunk's
// findings handed back as soon as it is done so the caller can store them while
// the rest is scanned. Worker threads everywhere; inline in small steps only
// where a test asks for it (to keep service tests fast and deterministic).
import { availableParallelism } from 'node:os'
import type { AliasEntry } from '@shared/names/alias-matcher'
import { ChunkScanner } from './mention-scan-chunk'
import type { ScannedSource } from './mention-scan-protocol'
import { chunk, WorkerScanPool } from './mention-scan-pool'
import { mentionScanWorkerScript } from './mention-scan-worker-path'

export interface ScanRequest {
  /** Names the set of names, so workers keep one matcher per set. */
  namesKey: string
  names: AliasEntry[]
  sourceIds: number[]
  /** Also make each text's name signature (scans that record sources as scanned). */
  withSignatures: boolean
}

export interface MentionScanExecutor {
  /** Scans the sources; `onChunk` gets each chunk's findings; resolves when all are in. */
  scan(request: ScanRequest, onChunk: (sources: ScannedSource[]) => void): Promise<void>
  /** Gets ready to scan for these names (workers started, matchers built), so the next scan starts at once. */
  prepare(namesKey: string, names: AliasEntry[]): void
  /** Stops every scan under way (their promises reject) and frees the workers. */
  dispose(): void
}

export interface ExecutorOptions {
  libraryPath: string
  nativeBinding?: string
  /** Worker threads to use; default: one per core, at most four. */
  threads?: number
  /** The worker script; default: the one built beside the app. Null scans inline (tests). */
  workerScript?: string | null
}

export function createMentionScanExecutor(options: ExecutorOptions): MentionScanExecutor {
  const script = options.workerScript === undefined ? mentionScanWorkerScript() : options.workerScript
  if (!script) return new InlineScanExecutor(options.libraryPath, options.nativeBinding)
  const threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism()))
  return new WorkerScanPool(script, threads, options)
}

/**
 * Scans on the calling thread, one chunk per turn of the event loop so calls
 * are still answered in between. Only for tests of what surrounds the scan;
 * the app and the CLI always scan in workers.
 */
export class InlineScanExecutor implements MentionScanExecutor {
  private readonly scanner: ChunkScanner
  private disposed = false

  constructor(libraryPath: string, nativeBinding?: string) {
    this.scanner = new ChunkScanner(libraryPath, nativeBinding)
  }

  async scan(request: ScanRequest, onChunk: (sources: ScannedSource[]) => void): Promise<void> {
    for (const sourceIds of chunk(request.sourceIds)) {
      await new Promise((resolve) => setImmediate(resolve))
      if (this.disposed) throw new Error('The mention scan was stopped.')
      onChunk(this.scanner.scan(request.namesKey, request.names, sourceIds, request.withSignatures))
    }
  }

  prepare(namesKey: string, names: AliasEntry[]): void {
    if (!this.disposed) this.scanner.scan(namesKey, names, [], false)
  }

  dispose(): void {
    this.disposed = true
    this.scanner.close()
  }
}
