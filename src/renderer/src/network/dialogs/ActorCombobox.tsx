// Picks an actor by typing part of a name or alias: an ARIA combobox with a
// list of the best matches, arrow keys to move, Enter to choose, Escape to close.
import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { matchActors } from '../actor-names'

export interface PickableActor {
  id: number
  name: string
  type: string
  aliases: string[]
}

interface ActorComboboxProps {
  label: string
  actors: readonly PickableActor[]
  value: number | null
  onChange(id: number | null): void
  invalid?: boolean
  describedBy?: string
  /** For a toolbar, where the placeholder says what to type and the label is for screen readers. */
  hideLabel?: boolean
  placeholder?: string
}

export function ActorCombobox(props: ActorComboboxProps) {
  const { label, actors, value, onChange, invalid, describedBy, hideLabel, placeholder } = props
  const id = useId()
  const listId = `${id}-list`
  const chosen = actors.find((actor) => actor.id === value)
  const [text, setText] = useState<string | undefined>(undefined)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const shown = text ?? chosen?.name ?? ''
  const matches = useMemo(() => matchActors(actors, text ?? '', 8), [actors, text])

  const choose = (actor: PickableActor) => {
    onChange(actor.id)
    setText(undefined)
    setOpen(false)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setOpen(true)
      setActive((index) => Math.min(index + 1, matches.length - 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((index) => Math.max(index - 1, 0))
    } else if (event.key === 'Enter' && open && matches[active]) {
      event.preventDefault()
      choose(matches[active])
    } else if (event.key === 'Escape' && open) {
      // Close the list, not the dialog around it.
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }

  return (
    <div className="weft-field actor-combobox">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        className="weft-input"
        role="combobox"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${listId}-${matches[active].id}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder={placeholder ?? 'Type a name or an alias'}
        value={shown}
        onChange={(event) => {
          setText(event.target.value)
          setActive(0)
          setOpen(true)
          if (event.target.value.trim() === '') onChange(null)
        }}
        onBlur={() => {
          setOpen(false)
          setText(undefined)
        }}
        onKeyDown={onKeyDown}
      />
      {open && matches.length > 0 && (
        <ul
          className="actor-combobox-list"
          id={listId}
          role="listbox"
          aria-label={`${label}: matching actors`}
        >
          {matches.map((actor, index) => (
            <li
              key={actor.id}
              id={`${listId}-${actor.id}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              // Chosen on mousedown, before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault()
                choose(actor)
              }}
            >
              <span className="actor-combobox-name" dir="auto">
                {actor.name}
              </span>
              <span className="actor-combobox-type">{actor.type}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
