// Merge another actor into this one: pick it from a filtered list.
import { useMemo, useRef, useState } from 'react'
import type { EntitySummary } from '@shared/actors'
import { Dialog } from '../library/Dialog'
import { DialogButtons } from '../library/DialogButtons'
import { filterActors } from './use-actors'
import '../library/form-controls.css'

interface MergeDialogProps {
  keep: EntitySummary
  actors: EntitySummary[]
  onMerge(otherId: number): void
  onCancel(): void
}

export function MergeDialog({ keep, actors, onMerge, onCancel }: MergeDialogProps) {
  const [text, setText] = useState('')
  const [otherId, setOtherId] = useState<number>()
  const field = useRef<HTMLInputElement>(null)
  const candidates = useMemo(
    () =>
      filterActors(actors, text, '')
        .filter((actor) => actor.id !== keep.id)
        .slice(0, 200),
    [actors, text, keep.id],
  )
  const other = actors.find((actor) => actor.id === otherId)
  return (
    <Dialog
      title={`Merge into ${keep.name}`}
      description={`The other actor's name, aliases, passages, suggestions and ties move to ${keep.name}. You can undo this.`}
      onCancel={onCancel}
      initialFocus={field}
      footer={
        <DialogButtons
          confirmLabel={other ? `Merge ${other.name}` : 'Merge'}
          onConfirm={() => otherId !== undefined && onMerge(otherId)}
          onCancel={onCancel}
          disabled={otherId === undefined}
        />
      }
    >
      <div className="weft-field">
        <label htmlFor="merge-filter">Find the actor to merge in</label>
        <input
          id="merge-filter"
          ref={field}
          className="weft-input"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="merge-candidates" role="radiogroup" aria-label="Actor to merge in">
        {candidates.length === 0 && <p className="actor-muted">No other actor matches “{text}”.</p>}
        {candidates.map((actor) => (
          <label key={actor.id} className="merge-candidate">
            <input
              type="radio"
              name="merge-other"
              checked={otherId === actor.id}
              onChange={() => setOtherId(actor.id)}
            />
            <span dir="auto">{actor.name}</span>
            <span className="actor-type-badge">{actor.type}</span>
          </label>
        ))}
      </div>
    </Dialog>
  )
}
