// The Actors view: the list of actors (filter by type or name) beside the
// selected actor's page; create, edit, merge (undoable, on the app's undo
// stack) and split.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { ActorsIcon } from '../common/icons'
import { useToasts } from '../shell/toasts'
import { isTextEntry } from '../shell/undo/undo-keys'
import { useUndo } from '../shell/undo/UndoProvider'
import { ActorDialog } from './ActorDialog'
import { ActorList } from './ActorList'
import { ActorPage, type ActorNavigation } from './ActorPage'
import { MergeDialog } from './MergeDialog'
import { filterActors, useActors } from './use-actors'
import '../library/form-controls.css'
import './actors.css'

export interface ActorsViewProps extends ActorNavigation {
  /** The actor to show, chosen here or by another view (a mention chip, a network node). */
  actorId: number | undefined
}

type OpenDialog = { kind: 'create' } | { kind: 'edit' } | { kind: 'merge' } | undefined

export function ActorsView({ actorId, openActor, openSource, openNote }: ActorsViewProps) {
  const api = useApi()
  const toasts = useToasts()
  const undo = useUndo()
  const { actors, types, error } = useActors()
  const [text, setText] = useState('')
  const [type, setType] = useState('')
  const [dialog, setDialog] = useState<OpenDialog>()

  const visible = useMemo(() => filterActors(actors ?? [], text, type), [actors, text, type])
  const selectedId = actors?.some((actor) => actor.id === actorId) ? actorId : visible[0]?.id
  const selected = actors?.find((actor) => actor.id === selectedId)

  const merge = useCallback(
    async (otherId: number) => {
      if (!selected) return
      setDialog(undefined)
      try {
        const other = actors?.find((actor) => actor.id === otherId)
        const receipt = await api.call('entities:merge', { keepId: selected.id, otherId })
        const otherName = other?.name ?? 'the actor'
        undo.push(
          {
            label: `merging ${otherName} into ${selected.name}`,
            undo: async () => {
              await api.call('entities:unmerge', { undoToken: receipt.undoToken })
            },
          },
          { kind: 'success', title: `Merged ${otherName} into ${selected.name}` },
        )
      } catch (failure) {
        toasts.show({ kind: 'error', title: errorMessage(failure) })
      }
    },
    [actors, api, selected, toasts, undo],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return
      if (event.key.toLowerCase() === 'e' && selected && !isTextEntry(event.target) && !dialog) {
        event.preventDefault()
        setDialog({ kind: 'edit' })
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [selected, dialog])

  return (
    <section className="actors-view" aria-labelledby="actors-heading">
      <header className="view-header">
        <h1 id="actors-heading">Actors</h1>
        {actors && (
          <span className="view-count">
            {actors.length.toLocaleString()} {actors.length === 1 ? 'actor' : 'actors'}
          </span>
        )}
        <div className="view-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => setDialog({ kind: 'create' })}
          >
            New actor…
          </button>
        </div>
      </header>
      {error && (
        <div className="library-error" role="alert">
          {error}
        </div>
      )}
      {actors && actors.length === 0 && (
        <div className="empty-state">
          <ActorsIcon />
          <h2>No actors yet</h2>
          <p>
            Actors are the ministries, armies, coalitions, armed groups and people your sources name. Create
            one here, or select text in the reader and link it to an actor.
          </p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setDialog({ kind: 'create' })}
          >
            New actor…
          </button>
        </div>
      )}
      {actors && actors.length > 0 && (
        <div className="actors-split">
          <div className="actors-list-pane">
            <div className="actors-filter">
              <label className="visually-hidden" htmlFor="actors-filter-text">
                Filter actors
              </label>
              <input
                id="actors-filter-text"
                className="weft-input"
                type="search"
                placeholder="Name or alias"
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
              <label className="visually-hidden" htmlFor="actors-filter-type">
                Actor type
              </label>
              <select
                id="actors-filter-type"
                className="weft-select"
                value={type}
                onChange={(event) => setType(event.target.value)}
              >
                <option value="">All types</option>
                {types.map((item) => (
                  <option key={item.name} value={item.name}>
                    {item.name}
                  </option>
                ))}
              </select>
            </div>
            {visible.length === 0 ? (
              <p className="actor-muted actors-none">No actor matches these filters.</p>
            ) : (
              <ActorList actors={visible} selectedId={selectedId} onSelect={openActor} />
            )}
          </div>
          <div className="actors-page-pane">
            {selectedId !== undefined && (
              <ActorPage
                actorId={selectedId}
                onEdit={() => setDialog({ kind: 'edit' })}
                onMerge={() => setDialog({ kind: 'merge' })}
                openActor={openActor}
                openSource={openSource}
                openNote={openNote}
              />
            )}
          </div>
        </div>
      )}
      {dialog?.kind === 'create' && (
        <ActorDialog
          types={types}
          actors={actors ?? []}
          onCancel={() => setDialog(undefined)}
          onDone={(id) => {
            setDialog(undefined)
            openActor(id)
          }}
        />
      )}
      {dialog?.kind === 'edit' && selected && (
        <EditSelected
          actorId={selected.id}
          types={types}
          actors={actors ?? []}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'merge' && selected && (
        <MergeDialog
          keep={selected}
          actors={actors ?? []}
          onCancel={() => setDialog(undefined)}
          onMerge={(id) => void merge(id)}
        />
      )}
    </section>
  )
}

/** Loads the full actor (description, parent) before showing the edit dialog. */
function EditSelected({
  actorId,
  types,
  actors,
  onClose,
}: {
  actorId: number
  types: Parameters<typeof ActorDialog>[0]['types']
  actors: Parameters<typeof ActorDialog>[0]['actors']
  onClose(): void
}) {
  const api = useApi()
  const [actor, setActor] = useState<{
    id: number
    name: string
    type: string
    description: string
    parentId: number | null
  }>()
  useEffect(() => {
    let live = true
    void api.call('entities:get', { id: actorId }).then((loaded) => live && setActor(loaded))
    return () => {
      live = false
    }
  }, [api, actorId])
  if (!actor) return null
  return <ActorDialog types={types} actors={actors} editing={actor} onCancel={onClose} onDone={onClose} />
}
