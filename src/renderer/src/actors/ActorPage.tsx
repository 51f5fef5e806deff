// One actor: who it is, its aliases, the passages that mention it grouped by
// source, the suggestions to review, its ties (and Add tie…), and the notes that name it.
import { useState } from 'react'
import { AddTieDialog } from '../network'
import { formatTieDates } from '../network/format'
import { AliasEditor } from './AliasEditor'
import { SuggestionQueue } from './SuggestionQueue'
import { groupBySource, useActorPage } from './use-actor-page'

export interface ActorNavigation {
  openActor(id: number): void
  openSource(sourceId: number, start: number, end: number): void
  openNote(noteId: number): void
}

interface ActorPageProps extends ActorNavigation {
  actorId: number
  onEdit(): void
  onMerge(): void
}

export function ActorPage({ actorId, onEdit, onMerge, openActor, openSource, openNote }: ActorPageProps) {
  const { data, error, reload } = useActorPage(actorId)
  const [addingTie, setAddingTie] = useState(false)
  if (error) {
    return (
      <div className="actor-page-message" role="alert">
        {error}
      </div>
    )
  }
  if (!data) return <div className="actor-page-message">Opening…</div>
  const { actor, passages, suggestions, ties, notes } = data
  return (
    <article className="actor-page" aria-label={`Actor: ${actor.name}`}>
      <header className="actor-page-header">
        <div>
          <h2 className="actor-page-title" dir="auto">
            {actor.name}
          </h2>
          <p className="actor-page-meta">
            <span className="actor-type-badge">{actor.type}</span>
            {actor.parent && (
              <>
                {' '}
                part of{' '}
                <button type="button" className="link-button" onClick={() => openActor(actor.parent!.id)}>
                  {actor.parent.name}
                </button>
              </>
            )}
          </p>
        </div>
        <div className="actor-page-actions">
          <button type="button" className="button" onClick={onEdit} aria-keyshortcuts="Control+E">
            Edit
          </button>
          <button type="button" className="button" onClick={onMerge}>
            Merge another actor in…
          </button>
        </div>
      </header>
      {actor.description && (
        <p className="actor-description" dir="auto">
          {actor.description}
        </p>
      )}
      {actor.children.length > 0 && (
        <p className="actor-children">
          Includes:{' '}
          {actor.children.map((child, index) => (
            <span key={child.id}>
              {index > 0 && ', '}
              <button type="button" className="link-button" onClick={() => openActor(child.id)}>
                {child.name}
              </button>
            </span>
          ))}
        </p>
      )}
      <AliasEditor actorId={actor.id} actorName={actor.name} aliases={actor.aliases} onSplit={openActor} />

      <section className="actor-section" aria-labelledby="passages-heading">
        <h3 id="passages-heading">
          Passages <span className="actor-count">{passages.length}</span>
        </h3>
        {passages.length === 0 && (
          <p className="actor-muted">
            No passages yet. Select text in the reader and link it to {actor.name}, or accept suggestions
            below.
          </p>
        )}
        {groupBySource(passages).map((group) => (
          <div key={group.sourceId} className="passage-group">
            <h4 className="passage-group-title" dir="auto">
              {group.title}
            </h4>
            <ul className="passage-list">
              {group.passages.map((passage) => (
                <li key={passage.id} className="passage-item">
                  <blockquote dir="auto">{passage.exact}</blockquote>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => openSource(passage.sourceId, passage.start, passage.end)}
                  >
                    Open in reader<span className="visually-hidden">: {passage.exact.slice(0, 60)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <SuggestionQueue actorId={actor.id} suggestions={suggestions} onOpen={openSource} />

      <section className="actor-section" aria-labelledby="ties-heading">
        <div className="actor-section-head">
          <h3 id="ties-heading">
            Ties <span className="actor-count">{ties.length}</span>
          </h3>
          <button type="button" className="button button-small" onClick={() => setAddingTie(true)}>
            Add tie…
          </button>
        </div>
        {ties.length === 0 && <p className="actor-muted">No ties recorded with {actor.name} yet.</p>}
        <ul className="tie-list">
          {ties.map((tie) => {
            const otherId = tie.fromId === actor.id ? tie.toId : tie.fromId
            const otherName = tie.fromId === actor.id ? tie.toName : tie.fromName
            const arrow = tie.directed ? (tie.fromId === actor.id ? '→' : '←') : '—'
            return (
              <li key={tie.id} className="tie-item">
                <span className="tie-type">{tie.type}</span> <span aria-hidden="true">{arrow}</span>{' '}
                <button type="button" className="link-button" onClick={() => openActor(otherId)}>
                  {otherName}
                </button>
                <span className="actor-muted">
                  {' '}
                  {formatTieDates(tie)} · {tie.status} · {tie.evidenceIds.length}{' '}
                  {tie.evidenceIds.length === 1 ? 'passage' : 'passages'}
                </span>
              </li>
            )
          })}
        </ul>
      </section>

      {addingTie && (
        <AddTieDialog
          initial={{ fromId: actor.id }}
          onSaved={() => {
            setAddingTie(false)
            reload()
          }}
          onCancel={() => setAddingTie(false)}
        />
      )}

      <section className="actor-section" aria-labelledby="notes-heading">
        <h3 id="notes-heading">
          Notes that mention {actor.name} <span className="actor-count">{notes.length}</span>
        </h3>
        {notes.length === 0 && (
          <p className="actor-muted">No note mentions {actor.name} yet. Type @ in a note to name an actor.</p>
        )}
        <ul className="note-backlinks">
          {notes.map((note) => (
            <li key={note.id}>
              <button type="button" className="link-button" onClick={() => openNote(note.id)} dir="auto">
                {note.title}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </article>
  )
}
