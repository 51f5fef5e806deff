// The list of actors with their type and counts: a listbox, arrows to move.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type KeyboardEvent } from 'react'
import type { EntitySummary } from '@shared/actors'

const ROW_HEIGHT = 62

interface ActorListProps {
  actors: EntitySummary[]
  selectedId: number | undefined
  onSelect(id: number): void
}

export function ActorList({ actors, selectedId, onSelect }: ActorListProps) {
  const scroller = useRef<HTMLDivElement>(null)
  // TanStack Virtual returns fresh functions each render by design; the compiler skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: actors.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  })
  const selectedIndex = actors.findIndex((actor) => actor.id === selectedId)

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = actors.length - 1
    const targets: Record<string, number> = {
      ArrowDown: Math.min(last, selectedIndex + 1),
      ArrowUp: Math.max(0, selectedIndex - 1),
      Home: 0,
      End: last,
    }
    const target = targets[event.key]
    if (target === undefined || last < 0) return
    event.preventDefault()
    onSelect(actors[target]!.id)
    virtualizer.scrollToIndex(target, { align: 'auto' })
  }

  return (
    <div
      ref={scroller}
      className="actor-list"
      role="listbox"
      aria-label="Actors"
      tabIndex={0}
      aria-activedescendant={selectedId === undefined ? undefined : `actor-option-${selectedId}`}
      onKeyDown={move}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const actor = actors[row.index]!
          const aliases = actor.aliases
            .filter((alias) => alias.name !== actor.name)
            .map((alias) => alias.name)
          return (
            <div
              key={actor.id}
              id={`actor-option-${actor.id}`}
              role="option"
              aria-selected={actor.id === selectedId}
              className="actor-row"
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              onClick={() => onSelect(actor.id)}
            >
              <div className="actor-row-head">
                <span className="actor-row-name" dir="auto">
                  {actor.name}
                </span>
                <span className="actor-type-badge">{actor.type}</span>
              </div>
              <div className="actor-row-meta">
                <span className="actor-row-aliases" dir="auto">
                  {aliases.length > 0 ? aliases.join(' · ') : 'no aliases'}
                </span>
                <span className="actor-row-counts">
                  {actor.passageCount} {actor.passageCount === 1 ? 'passage' : 'passages'} ·{' '}
                  {actor.sourceCount} {actor.sourceCount === 1 ? 'source' : 'sources'} · {actor.tieCount}{' '}
                  {actor.tieCount === 1 ? 'tie' : 'ties'}
                </span>
              </div>
            </div>
          )
        })}
      </div>
    </div>
  )
}
