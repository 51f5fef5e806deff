// A small pool of worker threads for mention scans: chunks of sources go to
// whichever worker is free; each worker reads the texts itself and keeps its
// matchers between scans, so scanning one new source costs only that source.
import { Worker } from 'node:worker_threads'
import type { AliasEntry } from '@shared/names/alias-matcher'
import type { ExecutorOptions, MentionScanExecutor, ScanRequest } from './mention-scan-executor'
import { MATCHERS_KEPT } from './mention-scan-chunk'
import type {
  MentionScanWorkerData,
  ScanChunkMessage,
  ScannedSource,
  ScanReply,
} from './mention-scan-protocol'

/** Sources per chunk: small enough to spread over the workers, large enough that messages stay few. */
export const SOURCES_PER_CHUNK = 64

export function chunk(ids: readonly number[], size = SOURCES_PER_CHUNK): number[][] {
  const chunks: number[][] = []
  for (let at = 0; at < ids.length; at += size) chunks.push(ids.slice(at, at + size))
  return chunks
}

interface Job {
  request: ScanRequest
  onChunk: (sources: ScannedSource[]) => void
  remaining: number
  settled: boolean
  resolve: () => void
  reject: (error: Error) => void
}

interface PendingChunk {
  job: Job
  sourceIds: number[]
}

interface PoolWorker {
  thread: Worker
  /** Name sets this worker has matchers for, least recently used first (as the worker keeps them). */
  recentKeys: string[]
  busy: { chunkId: number; pending: PendingChunk } | undefined
}

export class WorkerScanPool implements MentionScanExecutor {
  private readonly workers: PoolWorker[] = []
  private readonly queue: PendingChunk[] = []
  private nextChunkId = 1
  private disposed = false

  constructor(
    private readonly script: string,
    private readonly threads: number,
    private readonly options: ExecutorOptions,
  ) {}

  scan(request: ScanRequest, onChunk: (sources: ScannedSource[]) => void): Promise<void> {
    if (this.disposed) return Promise.reject(new Error('The mention scan was stopped.'))
    return new Promise((resolve, reject) => {
      const chunks = chunk(request.sourceIds)
      if (chunks.length === 0) {
        resolve()
        return
      }
      const job: Job = { request, onChunk, remaining: chunks.length, settled: false, resolve, reject }
      for (const sourceIds of chunks) this.queue.push({ job, sourceIds })
      this.pump()
    })
  }

  /** Starts every worker and has each build the matcher, unless it has it or is busy. */
  prepare(namesKey: string, names: AliasEntry[]): void {
    if (this.disposed) return
    while (this.spawn()) {
      // Start the rest of the pool.
    }
    const job: Job = {
      request: { namesKey, names, sourceIds: [], withSignatures: false },
      onChunk: () => undefined,
      remaining: Number.POSITIVE_INFINITY,
      settled: false,
      resolve: () => undefined,
      reject: () => undefined,
    }
    for (const worker of this.workers) {
      if (!worker.busy && !worker.recentKeys.includes(namesKey)) this.send(worker, { job, sourceIds: [] })
    }
  }

  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    const stopped = new Error('The mention scan was stopped.')
    for (const pending of this.queue.splice(0)) this.fail(pending.job, stopped)
    for (const worker of this.workers.splice(0)) {
      if (worker.busy) this.fail(worker.busy.pending.job, stopped)
      void worker.thread.terminate()
    }
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.disposed) {
      const worker = this.workers.find((candidate) => !candidate.busy) ?? this.spawn()
      if (!worker) return
      const pending = this.queue.shift()!
      if (pending.job.settled) continue
      this.send(worker, pending)
    }
  }

  private spawn(): PoolWorker | undefined {
    if (this.workers.length >= this.threads) return undefined
    const workerData: MentionScanWorkerData = {
      weftMentionScan: true,
      libraryPath: this.options.libraryPath,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
    }
    const worker: PoolWorker = {
      thread: new Worker(this.script, { workerData }),
      recentKeys: [],
      busy: undefined,
    }
    worker.thread.unref()
    worker.thread.on('message', (reply: ScanReply) => this.received(worker, reply))
    worker.thread.on('error', (error) => this.lost(worker, error))
    worker.thread.on('exit', (code) =>
      this.lost(worker, new Error(`A mention scan worker stopped (exit code ${code}).`)),
    )
    this.workers.push(worker)
    return worker
  }

  private send(worker: PoolWorker, pending: PendingChunk): void {
    const { namesKey, names } = pending.job.request
    const known = worker.recentKeys.includes(namesKey)
    // Mirror the worker's own bookkeeping (ChunkScanner keeps the most recently used sets).
    worker.recentKeys = [...worker.recentKeys.filter((key) => key !== namesKey), namesKey].slice(
      -MATCHERS_KEPT,
    )
    const message: ScanChunkMessage = {
      type: 'scan',
      chunkId: this.nextChunkId++,
      namesKey,
      ...(known ? {} : { names }),
      sourceIds: pending.sourceIds,
      withSignatures: pending.job.request.withSignatures,
    }
    worker.busy = { chunkId: message.chunkId, pending }
    // Keep the process alive while a chunk is out, not while the worker idles.
    worker.thread.ref()
    worker.thread.postMessage(message)
  }

  private received(worker: PoolWorker, reply: ScanReply): void {
    const busy = worker.busy
    if (!busy || busy.chunkId !== reply.chunkId) return
    worker.busy = undefined
    worker.thread.unref()
    const { job } = busy.pending
    if (reply.type === 'error') {
      this.fail(job, new Error(`Mention scan failed: ${reply.message}`))
    } else if (!job.settled) {
      try {
        job.onChunk(reply.sources)
        job.remaining -= 1
        if (job.remaining === 0) {
          job.settled = true
          job.resolve()
        }
      } catch (error) {
        this.fail(job, error instanceof Error ? error : new Error(String(error)))
      }
    }
    this.pump()
  }

  private lost(worker: PoolWorker, error: Error): void {
    const index = this.workers.indexOf(worker)
    if (index < 0) return
    this.workers.splice(index, 1)
    if (worker.busy) this.fail(worker.busy.pending.job, error)
    worker.busy = undefined
    this.pump()
  }

  private fail(job: Job, error: Error): void {
    if (job.settled) return
    job.settled = true
    job.reject(error)
  }
}
