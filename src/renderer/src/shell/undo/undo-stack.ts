// The app's one undo history, free of React and the DOM: a bounded stack of
// things to undo, newest last. Each entry has an id, so a toast's Undo can
// take its own entry out wherever it sits, and Ctrl/Cmd+Z never repeats it.

export interface UndoEntry {
  /** What was done, as a phrase that reads after "Undone:", e.g. "deleting 2 sources". */
  label: string
  undo(): Promise<void>
}

export interface StackedUndo {
  id: number
  entry: UndoEntry
}

/** Enough to walk back a long session; older entries are dropped, oldest first. */
export const UNDO_LIMIT = 50

export class UndoStack {
  private entries: StackedUndo[] = []
  private nextId = 1

  constructor(private readonly limit = UNDO_LIMIT) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`An undo stack holds at least 1 entry, not ${limit}`)
  }

  get size(): number {
    return this.entries.length
  }

  /** Adds an entry on top; returns its id and the ids of the oldest entries dropped to stay within the limit. */
  push(entry: UndoEntry): { id: number; dropped: number[] } {
    const id = this.nextId++
    this.entries.push({ id, entry })
    const excess = this.entries.length - this.limit
    const dropped = excess > 0 ? this.entries.splice(0, excess).map((stacked) => stacked.id) : []
    return { id, dropped }
  }

  /** Removes and returns the newest entry. */
  pop(): StackedUndo | undefined {
    return this.entries.pop()
  }

  /** Removes and returns the entry with this id, wherever it is; undefined once it is gone. */
  take(id: number): StackedUndo | undefined {
    const index = this.entries.findIndex((stacked) => stacked.id === id)
    return index < 0 ? undefined : this.entries.splice(index, 1)[0]
  }

  has(id: number): boolean {
    return this.entries.some((stacked) => stacked.id === id)
  }

  /** Empties the stack; returns the ids that were in it. */
  clear(): number[] {
    const ids = this.entries.map((stacked) => stacked.id)
    this.entries = []
    return ids
  }
}
