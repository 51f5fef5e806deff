// One open note: its title (renamed as it is typed), whether it is saved, a
// Delete button, and the editor, which loads lazily the first time.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import type { Note, NoteSummary, SavedNote } from '@shared/notes'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { NoteSaveStatus, SaveStatusStore } from './NoteSaveStatus'
import type { SaveControls } from './plugins/AutosavePlugin'

const NoteEditor = lazy(() => import('./editor/NoteEditor'))

const TITLE_SAVE_MS = 400
/**
 * The list shows the open note's last change and length. Passing each save on
 * at once would redraw the view about once a second while typing, and a React
 * commit with the caret in the note walks every node of it (ReactDOM records
 * the selection): a long note's keystroke then waits. The list catches up once
 * the text has been still this long, and when the note closes.
 */
const LIST_CATCH_UP_MS = 1500

interface NoteEditorPaneProps {
  noteId: number
  /** The note changed in a way the list shows (title, last change, length). */
  onChanged(patch: Partial<NoteSummary> & Pick<NoteSummary, 'id' | 'updatedAt'>): void
  onDelete(note: NoteSummary): void
  /** Focus the title and select it (a note just made). */
  focusTitle: boolean
}

export function NoteEditorPane({ noteId, onChanged, onDelete, focusTitle }: NoteEditorPaneProps) {
  const api = useApi()
  const [note, setNote] = useState<Note>()
  const [error, setError] = useState<string>()
  const [title, setTitle] = useState('')
  const [status] = useState(() => new SaveStatusStore(0))
  const saveControlsRef = useRef<SaveControls | null>(null)
  const focusRequestRef = useRef(false)
  const editorFocus = useRef<(() => void) | null>(null)
  const titleInput = useRef<HTMLTextAreaElement>(null)
  const titleTimer = useRef<ReturnType<typeof setTimeout>>(undefined)

  useEffect(() => {
    let current = true
    // One pane per note (NotesView keys it by id), so this loads once.
    api.call('notes:get', { id: noteId }).then(
      (loaded) => {
        if (!current) return
        setNote(loaded)
        setTitle(loaded.title)
        status.setWordCount(loaded.wordCount)
      },
      (failure: unknown) => current && setError(`Could not open the note: ${errorMessage(failure)}`),
    )
    return () => {
      current = false
    }
  }, [api, noteId, status])

  const loaded = note !== undefined
  useEffect(() => {
    // Once, when a new note has loaded: later changes to the note (a rename) leave focus alone.
    if (focusTitle && loaded) {
      titleInput.current?.focus()
      titleInput.current?.select()
    }
  }, [focusTitle, loaded])

  const saveTitle = useCallback(
    async (value: string) => {
      clearTimeout(titleTimer.current)
      titleTimer.current = undefined
      const trimmed = value.trim()
      if (!trimmed || !note || trimmed === note.title) return
      try {
        const renamed = await api.call('notes:rename', { id: note.id, title: trimmed })
        setNote((current) => current && { ...current, title: renamed.title })
        onChanged(renamed)
      } catch (failure) {
        status.setState({ kind: 'failed', message: `the title was not saved (${errorMessage(failure)}).` })
      }
    },
    [api, note, onChanged, status],
  )
  // A rename still waiting when the note closes (another one opened) goes through now.
  const flushTitle = useRef<() => void>(() => undefined)
  useEffect(() => {
    flushTitle.current = () => {
      if (titleTimer.current === undefined) return
      clearTimeout(titleTimer.current)
      titleTimer.current = undefined
      void saveTitle(title)
    }
  })
  useEffect(() => () => flushTitle.current(), [])

  const listCatchUp = useListCatchUp(onChanged)
  const onSaved = useCallback(
    (saved: SavedNote) => {
      status.setWordCount(saved.wordCount)
      listCatchUp({ id: saved.id, updatedAt: saved.updatedAt, wordCount: saved.wordCount })
    },
    [listCatchUp, status],
  )

  if (error) {
    return (
      <div className="note-pane">
        <p className="weft-form-error note-pane-error" role="alert">
          {error}
        </p>
      </div>
    )
  }
  return (
    <section className="note-pane" aria-label={note ? `Note: ${note.title}` : 'Note'}>
      <header className="note-pane-header">
        {/* A text area so a long title wraps and can be read whole; it stays one line of text. */}
        <textarea
          ref={titleInput}
          className="note-title-input"
          aria-label="Note title"
          dir="auto"
          rows={1}
          value={title}
          maxLength={1000}
          disabled={!note}
          onChange={(event) => {
            const value = event.target.value.replace(/\s*\n\s*/g, ' ')
            setTitle(value)
            clearTimeout(titleTimer.current)
            titleTimer.current = setTimeout(() => void saveTitle(value), TITLE_SAVE_MS)
          }}
          onBlur={() => {
            if (!title.trim() && note) setTitle(note.title)
            void saveTitle(title)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              void saveTitle(title)
              // On to the text, as a word processor does.
              // The editor may still be loading (the first note opened): it takes focus when it is there.
              focusRequestRef.current = true
              editorFocus.current?.()
            }
          }}
        />
        <NoteSaveStatus store={status} />
        <button
          type="button"
          className="button button-quiet note-delete"
          disabled={!note}
          onClick={async () => {
            if (!note) return
            await saveControlsRef.current?.flush()
            onDelete({ ...note, title: title.trim() || note.title })
          }}
        >
          Delete note
        </button>
      </header>
      <Suspense
        fallback={
          <div className="note-editor-loading" role="status">
            Opening the editor…
          </div>
        }
      >
        {note && (
          <NoteEditor
            key={note.id}
            note={note}
            onSaveState={status.setState}
            onSaved={onSaved}
            saveControlsRef={saveControlsRef}
            focusRequestRef={focusRequestRef}
            focusRef={editorFocus}
          />
        )}
      </Suspense>
    </section>
  )
}

type ListPatch = Parameters<NoteEditorPaneProps['onChanged']>[0]

/**
 * Hands the latest save to the list once saves stop coming for a moment (see
 * LIST_CATCH_UP_MS), and at once when the note closes: the final save of a
 * closing note, which lands after that, goes straight through.
 */
function useListCatchUp(onChanged: NoteEditorPaneProps['onChanged']): (patch: ListPatch) => void {
  const pending = useRef<ListPatch>(undefined)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const closed = useRef(false)
  const latestOnChanged = useRef(onChanged)
  useEffect(() => {
    latestOnChanged.current = onChanged
  })
  const catchUp = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = undefined
    if (pending.current) latestOnChanged.current(pending.current)
    pending.current = undefined
  }, [])
  useEffect(() => {
    closed.current = false
    return () => {
      closed.current = true
      catchUp()
    }
  }, [catchUp])
  return useCallback(
    (patch: ListPatch) => {
      pending.current = patch
      clearTimeout(timer.current)
      if (closed.current) catchUp()
      else timer.current = setTimeout(catchUp, LIST_CATCH_UP_MS)
    },
    [catchUp],
  )
}
