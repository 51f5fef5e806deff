// An actor linked to a passage: its name as a chip in the actor's colour,
// opening the actor's page.
import { actorColor } from './passage-colors'
import { useReaderPassages } from './reader-passages'

export function ActorChip({ entityId }: { entityId: number }) {
  const { actors, openActor } = useReaderPassages()
  const actor = actors.byId.get(entityId)
  return (
    <button
      type="button"
      className="reader-chip"
      dir="auto"
      title={actor ? `${actor.type}: open the actor’s page` : 'Open the actor’s page'}
      onClick={() => openActor(entityId)}
    >
      <span className={`reader-chip-dot reader-color-${actorColor(entityId).name}`} aria-hidden="true" />
      <span className="reader-chip-name">{actor?.name ?? `Actor #${entityId}`}</span>
    </button>
  )
}
