// Whether the open note is saved, and how long it is: shown in the note's
// header from a small store the editor writes to. The two words are written
// straight into their elements rather than rendered by React: any React
// commit while the caret is in the note makes ReactDOM record the selection,
// which in an editable element means walking every node of the note (a few
// milliseconds in a long one), and the status changes a few times a second
// while someone types.
import { useLayoutEffect, useRef } from 'react'
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
    return () => {
      this.listeners.delete(listener)
    }
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

function wordCountLabel(wordCount: number): string {
  return `${wordCount.toLocaleString()} ${wordCount === 1 ? 'word' : 'words'}`
}

export function NoteSaveStatus({ store }: { store: SaveStatusStore }) {
  const stateRef = useRef<HTMLSpanElement>(null)
  const wordCountRef = useRef<HTMLSpanElement>(null)
  useLayoutEffect(() => {
    let drawn: ReturnType<SaveStatusStore['get']> | undefined
    const draw = () => {
      const snapshot = store.get()
      const stateElement = stateRef.current
      const wordCountElement = wordCountRef.current
      if (!stateElement || !wordCountElement) return
      const { state, wordCount } = snapshot
      if (state.kind !== drawn?.state.kind || saveLabel(state) !== saveLabel(drawn.state)) {
        stateElement.className = `note-save-state note-save-${state.kind}`
        stateElement.setAttribute('aria-live', state.kind === 'failed' ? 'assertive' : 'off')
        stateElement.textContent = saveLabel(state)
      }
      if (wordCount !== drawn?.wordCount) wordCountElement.textContent = wordCountLabel(wordCount)
      drawn = snapshot
    }
    draw()
    return store.subscribe(draw)
  }, [store])
  return (
    <>
      <span ref={stateRef} className="note-save-state" />
      <span ref={wordCountRef} className="note-word-count" />
    </>
  )
}
