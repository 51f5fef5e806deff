// The Notes view: the list of notes beside the open one, a button to start a
// new note, and an invitation to write when there is none yet.
import { useCallback, useState } from 'react'
import type { NoteSummary } from '@shared/notes'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { NotesIcon } from '../common/icons'
import { useNavigation } from '../shell/navigation'
import { useToasts } from '../shell/toasts'
import { NoteEditorPane } from './NoteEditorPane'
import { NoteList } from './NoteList'
import { NotesNavigationProvider, type NotesNavigation } from './notes-navigation'
import { useNoteDelete } from './use-note-delete'
import { useNotesList } from './use-notes-list'
import '../library/form-controls.css'
import './notes-view.css'

/** What changed in the open note since the list was read: always when, and the title or length. */
type NoteChange = Partial<NoteSummary> & Pick<NoteSummary, 'id' | 'updatedAt'>

export function NotesView(navigation: NotesNavigation) {
  const api = useApi()
  const toasts = useToasts()
  const list = useNotesList()
  const { notes, refresh } = list
  // A note asked for from elsewhere (a search hit, an actor's page) opens first.
  const { noteId: requestedId } = useNavigation()
  const [openId, setOpenIdState] = useState<number | undefined>(requestedId)
  // A note just made gets its title focused, once: not when it is opened again later.
  const [justCreated, setJustCreated] = useState<number>()
  const setOpenId = useCallback((id: number | undefined) => {
    setOpenIdState(id)
    setJustCreated(undefined)
  }, [])
  const [patches, setPatches] = useState<Map<number, NoteChange>>(new Map())

  // The open note (unless it has gone since it was asked for), else the first one listed.
  const openable =
    openId !== undefined && (!notes || list.query !== '' || notes.some((note) => note.id === openId))
  const shownId = openable ? openId : notes?.[0]?.id

  const create = async () => {
    try {
      const note = await api.call('notes:create', {})
      await refresh()
      setOpenIdState(note.id)
      setJustCreated(note.id)
    } catch (failure) {
      toasts.show({ kind: 'error', title: 'Could not create a note', details: [errorMessage(failure)] })
    }
  }

  const onChanged = useCallback((patch: NoteChange) => {
    setPatches((current) => new Map(current).set(patch.id, { ...current.get(patch.id), ...patch }))
  }, [])

  const deleteNote = useNoteDelete((restored) => {
    void refresh()
    setOpenId(restored.id)
  })

  const onDelete = async (note: NoteSummary) => {
    try {
      const index = notes?.findIndex((entry) => entry.id === note.id) ?? -1
      await deleteNote(note)
      const rest = notes?.filter((entry) => entry.id !== note.id) ?? []
      setOpenId(rest[Math.min(Math.max(index, 0), rest.length - 1)]?.id)
      await refresh()
    } catch (failure) {
      toasts.show({ kind: 'error', title: 'Could not delete the note', details: [errorMessage(failure)] })
    }
  }

  // Titles and dates saved since the list was last read, so the list follows the open note.
  const shown = notes?.map((note) => {
    const patch = patches.get(note.id)
    return patch && patch.updatedAt > note.updatedAt ? { ...note, ...patch } : note
  })
  const count = notes?.length ?? 0
  const nothingYet = notes !== undefined && count === 0 && !list.query
  return (
    <NotesNavigationProvider navigation={navigation}>
      <section className="notes-view" aria-labelledby="notes-heading">
        <header className="view-header">
          <h1 id="notes-heading">Notes</h1>
          {notes && !nothingYet && (
            <span className="view-count">
              {list.query
                ? `${count.toLocaleString()} matching`
                : `${count.toLocaleString()} ${count === 1 ? 'note' : 'notes'}`}
            </span>
          )}
          <div className="view-actions">
            <button type="button" className="button button-primary" onClick={() => void create()}>
              New note
            </button>
          </div>
        </header>
        {nothingYet ? (
          <div className="empty-state">
            <NotesIcon />
            <h2>No notes yet</h2>
            <p>
              Notes hold your argument: quote passages from your sources with <kbd>/quote</kbd> or by dragging
              them in, and name actors with <kbd>@</kbd>.
            </p>
            <button type="button" className="button button-primary" onClick={() => void create()}>
              Write a note
            </button>
          </div>
        ) : (
          <div className="notes-split">
            <NoteList list={{ ...list, notes: shown }} openId={shownId} onOpen={setOpenId} />
            {shownId !== undefined ? (
              <NoteEditorPane
                key={shownId}
                noteId={shownId}
                focusTitle={justCreated === shownId}
                onChanged={onChanged}
                onDelete={(note) => void onDelete(note)}
              />
            ) : (
              <div className="note-pane note-pane-none">
                {notes && <p>Pick a note, or start a new one.</p>}
              </div>
            )}
          </div>
        )}
      </section>
    </NotesNavigationProvider>
  )
}
