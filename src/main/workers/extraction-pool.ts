// A small pool of worker threads that parse files off the main thread. Each
// file gets a time limit: a worker that exceeds it (or crashes, or runs out of
// memory) is stopped and replaced, that file fails with a clear message, and
// the other files go on. Idle workers do not keep the process alive.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { WeftError } from '../core/weft-error'
import type { ExtractedDocument } from '../library/extract/document'
import { DEFAULT_PARSE_TIME_LIMIT_MS } from '../library/extract/format-limits'
import type { ExtractRequest, WorkerReply, WorkerRequest } from './worker-messages'

export interface FileToRead {
  /** The file's own name (not its path): extractors pick the format from it and name it in messages. */
  fileName: string
  bytes: Uint8Array
}

/** What the import service needs: a file in, a document out (or a WeftError). */
export interface DocumentReader {
  read(file: FileToRead, signal?: AbortSignal): Promise<ExtractedDocument>
}

export interface ExtractionPoolOptions {
  workerFile: string
  /** Worker threads at most; default min(2, cores). */
  size?: number
  timeLimitMs?: number
  /** Loading a format's reader (jsdom, pdf.js) before the parse starts, which is timed apart. */
  loadLimitMs?: number
  /** Idle workers are stopped after this long, to give their memory back. */
  idleTimeoutMs?: number
  /** Heap limit per worker, so one hostile file cannot take the machine's memory. */
  maxMemoryMb?: number
}

interface Job extends FileToRead {
  id: number
  resolve(document: ExtractedDocument): void
  reject(error: WeftError): void
  detach(): void
}

interface Slot {
  worker: Worker
  ready: boolean
  job?: Job
  timer?: NodeJS.Timeout
}

export class ExtractionPool implements DocumentReader {
  private readonly queue: Job[] = []
  private readonly slots = new Set<Slot>()
  private readonly size: number
  private readonly timeLimitMs: number
  private readonly loadLimitMs: number
  private readonly idleTimeoutMs: number
  private readonly maxMemoryMb: number
  private nextId = 1
  private idleTimer: NodeJS.Timeout | undefined

  constructor(private readonly options: ExtractionPoolOptions) {
    this.size = Math.max(1, options.size ?? Math.min(2, availableParallelism()))
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_PARSE_TIME_LIMIT_MS
    this.loadLimitMs = options.loadLimitMs ?? 120_000
    this.idleTimeoutMs = options.idleTimeoutMs ?? 60_000
    this.maxMemoryMb = options.maxMemoryMb ?? 2048
  }

  get workerCount(): number {
    return this.slots.size
  }

  read(file: FileToRead, signal?: AbortSignal): Promise<ExtractedDocument> {
    if (signal?.aborted) return Promise.reject(cancelled())
    return new Promise<ExtractedDocument>((resolve, reject) => {
      const onAbort = () => this.cancel(job)
      const job: Job = {
        ...file,
        id: this.nextId++,
        resolve,
        reject,
        detach: () => signal?.removeEventListener('abort', onAbort),
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.queue.push(job)
      this.dispatch()
    })
  }

  /**
   * Starts one worker and has it load the web page reader in the background,
   * so the first import or paste of a page does not wait for jsdom. Called by
   * the app once its window is up; the worker goes again if it stays idle.
   */
  warmUp(): void {
    if (this.slots.size > 0) return
    const slot = this.spawn()
    const warmUp: WorkerRequest = { type: 'warm-up' }
    slot.worker.postMessage(warmUp)
    this.startIdleTimer()
  }

  /** Stops every worker; files still waiting fail as cancelled. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer)
    for (const job of this.queue.splice(0)) settle(job, cancelled())
    const workers = [...this.slots].map((slot) => {
      if (slot.job) settle(slot.job, cancelled())
      return this.discard(slot)
    })
    await Promise.all(workers)
  }

  private dispatch(): void {
    clearTimeout(this.idleTimer)
    for (const slot of this.slots) {
      if (this.queue.length === 0) break
      if (slot.ready && !slot.job) this.assign(slot, this.queue.shift()!)
    }
    // A starting worker will take a waiting file when it is ready: start another only for the rest.
    while (this.slots.size < this.size && this.queue.length > this.startingCount()) this.spawn()
    if (this.queue.length === 0 && [...this.slots].every((slot) => !slot.job)) this.startIdleTimer()
  }

  private startingCount(): number {
    return [...this.slots].filter((slot) => !slot.ready).length
  }

  private assign(slot: Slot, job: Job): void {
    slot.job = job
    slot.worker.ref()
    slot.timer = setTimeout(() => this.timeOut(slot, 'loading'), this.loadLimitMs)
    const request: ExtractRequest = { type: 'extract', id: job.id, fileName: job.fileName, bytes: job.bytes }
    slot.worker.postMessage(request)
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerFile, {
      // Parser libraries print warnings; the CLI's stdout carries data, so theirs is swallowed.
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: this.maxMemoryMb },
    })
    worker.stdout.resume()
    worker.stderr.resume()
    const slot: Slot = { worker, ready: false }
    this.slots.add(slot)
    worker.on('message', (message: WorkerReply) => this.onReply(slot, message))
    worker.on('error', (error: Error & { code?: string }) => this.onCrash(slot, error))
    worker.on('exit', () => this.onCrash(slot, undefined))
    return slot
  }

  private onReply(slot: Slot, message: WorkerReply): void {
    if (message.type === 'ready') {
      slot.ready = true
      slot.worker.unref()
      this.dispatch()
      return
    }
    const job = slot.job
    if (!job || job.id !== message.id) return
    clearTimeout(slot.timer)
    if (message.type === 'parsing') {
      slot.timer = setTimeout(() => this.timeOut(slot, 'parsing'), this.timeLimitMs)
      return
    }
    slot.job = undefined
    slot.worker.unref()
    if (message.type === 'done') settle(job, undefined, message.document)
    else settle(job, new WeftError(message.code, message.message))
    this.dispatch()
  }

  private onCrash(slot: Slot, error: (Error & { code?: string }) | undefined): void {
    if (!this.slots.has(slot)) return
    this.slots.delete(slot)
    clearTimeout(slot.timer)
    const job = slot.job
    if (job) {
      const outOfMemory = error?.code === 'ERR_WORKER_OUT_OF_MEMORY'
      settle(
        job,
        new WeftError(
          outOfMemory ? 'too_large' : 'internal',
          outOfMemory
            ? `${job.fileName} needs more memory to read than Weft allows (${this.maxMemoryMb.toLocaleString('en')} MB) and was skipped. Split it or save it again in a simpler form.`
            : `Weft's reader stopped while reading ${job.fileName}${error ? ` (${error.message})` : ''}; the file was skipped. Try importing it again on its own.`,
        ),
      )
    } else if (!slot.ready) {
      // A worker that cannot even start fails what waits for it, instead of retrying forever.
      const reason = error ? error.message : 'it stopped as it started'
      for (const waiting of this.queue.splice(0)) {
        settle(waiting, new WeftError('internal', `Weft's file reader could not start (${reason}).`))
      }
    }
    void slot.worker.terminate()
    this.dispatch()
  }

  private timeOut(slot: Slot, stage: 'loading' | 'parsing'): void {
    const job = slot.job
    if (!job) return
    void this.discard(slot)
    const seconds = (ms: number) => (Math.round(ms / 100) / 10).toLocaleString('en')
    settle(
      job,
      stage === 'parsing'
        ? new WeftError(
            'too_large',
            `${job.fileName} took too long to read (more than ${seconds(this.timeLimitMs)} s) and was skipped. It may be damaged or unusually complex; save it again (for example as PDF or plain text) and import the copy.`,
          )
        : new WeftError(
            'internal',
            `Weft's reader for ${job.fileName} did not start within ${seconds(this.loadLimitMs)} s, so the file was skipped. The computer may be very busy; import it again later.`,
          ),
    )
    this.dispatch()
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job)
    if (queued >= 0) this.queue.splice(queued, 1)
    else {
      const slot = [...this.slots].find((candidate) => candidate.job === job)
      if (!slot) return
      void this.discard(slot)
    }
    settle(job, cancelled())
    this.dispatch()
  }

  /** Forgets a worker and stops it; whatever it was reading is settled by the caller. */
  private async discard(slot: Slot): Promise<void> {
    this.slots.delete(slot)
    clearTimeout(slot.timer)
    slot.job = undefined
    await slot.worker.terminate()
  }

  private startIdleTimer(): void {
    if (this.slots.size === 0) return
    this.idleTimer = setTimeout(() => {
      for (const slot of [...this.slots]) if (!slot.job) void this.discard(slot)
    }, this.idleTimeoutMs)
    this.idleTimer.unref()
  }
}

function settle(job: Job, error: WeftError | undefined, document?: ExtractedDocument): void {
  job.detach()
  if (error) job.reject(error)
  else job.resolve(document!)
}

function cancelled(): WeftError {
  return new WeftError('cancelled', 'Import cancelled.')
}
