// The notes beside the editor: a search box, the sort order, and the notes
// (title, opening words, last change); the open one is marked.
import { useId } from 'react'
import type { NoteSort, NoteSummary } from '@shared/notes'
import { formatDate } from '../common/format-date'
import type { NotesList } from './use-notes-list'

interface NoteListProps {
  list: NotesList
  openId: number | undefined
  onOpen(id: number): void
}

export function NoteList({ list, openId, onOpen }: NoteListProps) {
  const searchId = useId()
  const sortId = useId()
  const { notes, query, sort } = list
  return (
    <nav className="note-list-pane" aria-label="Notes list">
      <div className="note-list-controls">
        <label className="visually-hidden" htmlFor={searchId}>
          Search notes
        </label>
        <input
          id={searchId}
          type="search"
          className="weft-input note-list-search"
          placeholder="Search notes…"
          value={query}
          onChange={(event) => list.setQuery(event.target.value)}
        />
        <label className="note-list-sort" htmlFor={sortId}>
          <span>Sort by</span>
          <select
            id={sortId}
            className="weft-select"
            value={sort}
            onChange={(event) => list.setSort(event.target.value as NoteSort)}
          >
            <option value="updated">Last changed</option>
            <option value="title">Title</option>
          </select>
        </label>
      </div>
      {list.error && (
        <p className="weft-form-error note-list-error" role="alert">
          {list.error}
        </p>
      )}
      {notes && notes.length === 0 && query && (
        <p className="note-list-empty" role="status">
          No note matches “{query}”.
        </p>
      )}
      <ul className="note-list" aria-label="Notes">
        {notes?.map((note) => (
          <NoteListItem key={note.id} note={note} open={note.id === openId} onOpen={onOpen} />
        ))}
      </ul>
    </nav>
  )
}

function NoteListItem({
  note,
  open,
  onOpen,
}: {
  note: NoteSummary
  open: boolean
  onOpen(id: number): void
}) {
  return (
    <li>
      <button
        type="button"
        className="note-list-item"
        aria-current={open ? 'true' : undefined}
        onClick={() => onOpen(note.id)}
      >
        <span className="note-list-title" dir="auto">
          {note.title}
        </span>
        {note.excerpt && (
          <span className="note-list-excerpt" dir="auto">
            {note.excerpt}
          </span>
        )}
        <span className="note-list-meta">
          {formatDate(note.updatedAt)} · {note.wordCount.toLocaleString()}{' '}
          {note.wordCount === 1 ? 'word' : 'words'}
        </span>
      </button>
    </li>
  )
}
