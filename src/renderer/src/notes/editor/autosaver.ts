// When a note is saved: shortly after typing pauses, and at the latest a
// moment after the first unsaved change even while typing goes on, so nothing
// typed more than a second before a crash is lost. One save runs at a time;
// changes made while it runs are saved right after. Failures retry.

export type SaveState =
  { kind: 'saved' } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'failed'; message: string }

export interface AutosaverOptions {
  /** Quiet time after the last change before saving. */
  debounceMs: number
  /** Longest time a change waits while changes keep coming. */
  maxWaitMs: number
  /** Wait before trying a failed save again. */
  retryMs: number
  /**
   * Runs a due save when the page is idle (between key presses), at most
   * `idleWaitMs` later: a long note's save then rarely delays a keystroke.
   */
  idleWaitMs: number
}

/**
 * A save starts at most 0.9 s after any change (0.75 s, plus up to 0.15 s
 * waiting for an idle moment) and takes a few tens of ms, so what was typed a
 * second before a crash is in the library file.
 */
export const AUTOSAVE_TIMING: AutosaverOptions = {
  debounceMs: 400,
  maxWaitMs: 750,
  retryMs: 2000,
  idleWaitMs: 150,
}

type IdleScheduler = (run: () => void, timeoutMs: number) => void

/** requestIdleCallback where there is one (the renderer), else straight away (tests). */
const whenIdle: IdleScheduler = (run, timeoutMs) => {
  const request = (
    globalThis as { requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number }
  ).requestIdleCallback
  if (request) request(run, { timeout: timeoutMs })
  else run()
}

export class Autosaver {
  private dirty = false
  private firstChangeAt = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private running: Promise<void> | undefined
  private disposed = false

  constructor(
    private readonly save: () => Promise<void>,
    private readonly onState: (state: SaveState) => void,
    private readonly options: AutosaverOptions = AUTOSAVE_TIMING,
    private readonly now: () => number = () => Date.now(),
    private readonly idle: IdleScheduler = whenIdle,
  ) {}

  /** The note changed: save it soon. */
  changed(): void {
    if (this.disposed) return
    if (!this.dirty) {
      this.dirty = true
      this.firstChangeAt = this.now()
      this.onState({ kind: 'unsaved' })
    }
    this.schedule()
  }

  /** Saves now if anything is unsaved, and resolves once everything is saved (or failed). */
  async flush(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.running) await this.running
    if (this.dirty) await this.run()
  }

  /** No more timers; a last flush() may still be awaited. */
  dispose(): void {
    this.disposed = true
    clearTimeout(this.timer)
  }

  private schedule(): void {
    clearTimeout(this.timer)
    const waited = this.now() - this.firstChangeAt
    const delay = Math.max(0, Math.min(this.options.debounceMs, this.options.maxWaitMs - waited))
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.idle(() => {
        // A flush (or another change's timer) may have run meanwhile.
        if (this.timer === undefined && !this.disposed) void this.flush()
      }, this.options.idleWaitMs)
    }, delay)
  }

  private run(): Promise<void> {
    this.dirty = false
    this.onState({ kind: 'saving' })
    this.running = this.save().then(
      () => {
        this.running = undefined
        if (this.dirty) {
          // Typed while saving: save those changes too, on the usual schedule.
          this.onState({ kind: 'unsaved' })
          if (!this.disposed) this.schedule()
        } else {
          this.onState({ kind: 'saved' })
        }
      },
      (error: unknown) => {
        this.running = undefined
        this.dirty = true
        this.onState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
        if (!this.disposed) {
          clearTimeout(this.timer)
          this.timer = setTimeout(() => void this.flush(), this.options.retryMs)
        }
      },
    )
    return this.running
  }
}
