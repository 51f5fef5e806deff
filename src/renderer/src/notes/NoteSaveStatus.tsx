// Whether the open note is saved, and how long it is: shown in the note's
// header from a small store the editor writes to, so a save redraws these two
// words and not the editor around them.
import { useSyncExternalStore } from 'react'
import type { SaveState } from './editor/autosaver'

export class SaveStatusStore {
  private snapshot: { state: SaveState; wordCount: number }
  private readonly listeners = new Set<() => void>()

  constructor(wordCount: number) {
    this.snapshot = { state: { kind: 'saved' }, wordCount }
  }

  get = () => this.snapshot

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  setState = (state: SaveState) => this.update({ ...this.snapshot, state })

  setWordCount = (wordCount: number) => this.update({ ...this.snapshot, wordCount })

  private update(next: { state: SaveState; wordCount: number }): void {
    this.snapshot = next
    for (const listener of this.listeners) listener()
  }
}

function saveLabel(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved'
    case 'saving':
      return 'Saving…'
    case 'unsaved':
      return 'Unsaved changes'
    case 'failed':
      return `Not saved: ${state.message} Trying again…`
  }
}

export function NoteSaveStatus({ store }: { store: SaveStatusStore }) {
  const { state, wordCount } = useSyncExternalStore(store.subscribe, store.get)
  return (
    <>
      <span
        className={`note-save-state note-save-${state.kind}`}
        aria-live={state.kind === 'failed' ? 'assertive' : 'off'}
      >
        {saveLabel(state)}
      </span>
      <span className="note-word-count">
        {wordCount.toLocaleString()} {wordCount === 1 ? 'word' : 'words'}
      </span>
    </>
  )
}
