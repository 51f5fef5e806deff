// "Link to actor": a combobox that finds actors by name or alias as the
// researcher types, and offers to create one on the spot (with its type, and
// the selected words kept as an alias when they differ from the name).
import { useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import { BUILTIN_ENTITY_TYPES } from '@shared/actors'
import { aliasKindOf, foldName, hasExactName, searchActors } from './actor-search'
import { useReaderPassages } from './reader-passages'
import type { NewActor } from './use-passage-actions'

const SHOWN = 8
let lastCreatedType = 'organisation'

interface ActorPickerProps {
  /** Typed in at first (the selected words), all selected so typing replaces it. */
  initialText: string
  /** The words the passage quotes: offered as an alias of a new actor. */
  quotedText: string
  /** Actors already linked, left out of the list. */
  linkedIds?: readonly number[]
  busy: boolean
  onPick(entityId: number): void
  onCreate(actor: NewActor): void
  onCancel(): void
}

export function ActorPicker({
  initialText,
  quotedText,
  linkedIds = [],
  busy,
  onPick,
  onCreate,
  onCancel,
}: ActorPickerProps) {
  const { actors } = useReaderPassages()
  const id = useId()
  const [text, setText] = useState(initialText)
  const [active, setActive] = useState(0)
  const [creating, setCreating] = useState(false)
  const typeSelect = useRef<HTMLSelectElement>(null)

  const matches = useMemo(
    () =>
      searchActors(
        actors.actors.filter((actor) => !linkedIds.includes(actor.id)),
        text,
        SHOWN,
      ),
    [actors.actors, linkedIds, text],
  )
  const offerCreate = text.trim() !== '' && !hasExactName(actors.actors, text)
  const optionCount = matches.length + (offerCreate ? 1 : 0)
  const activeIndex = Math.min(active, optionCount - 1)
  const optionId = (index: number) => `${id}-option-${index}`

  const choose = (index: number) => {
    const match = matches[index]
    if (match) onPick(match.actor.id)
    else if (offerCreate) {
      setCreating(true)
      requestAnimationFrame(() => typeSelect.current?.focus())
    }
  }

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (optionCount === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((activeIndex + step + optionCount) % optionCount)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (activeIndex >= 0) choose(activeIndex)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onCancel()
    }
  }

  if (creating) {
    return (
      <NewActorFields
        name={text.trim()}
        quotedText={quotedText}
        typeSelect={typeSelect}
        busy={busy}
        onCreate={onCreate}
        onBack={() => setCreating(false)}
      />
    )
  }

  return (
    <div className="reader-actor-picker">
      <label className="reader-popover-label" htmlFor={`${id}-input`}>
        Link to actor
      </label>
      <input
        id={`${id}-input`}
        className="weft-input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={optionCount > 0}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={`${id}-hint`}
        value={text}
        placeholder="Actor name or alias"
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        // Focus lands here as soon as the picker opens: it is what the shortcut or button asked for.
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => {
          setText(event.target.value)
          setActive(0)
        }}
        onKeyDown={onInputKey}
      />
      <p id={`${id}-hint`} className="reader-popover-hint">
        Type to find an actor by name or alias, or to create one.
      </p>
      <ul id={`${id}-listbox`} role="listbox" aria-label="Actors" className="reader-actor-options">
        {matches.map((match, index) => (
          <li
            key={match.actor.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="reader-actor-option"
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => choose(index)}
          >
            <span className="reader-actor-option-name" dir="auto">
              {match.actor.name}
            </span>
            <span className="reader-actor-option-detail" dir="auto">
              {match.alias ? `${match.actor.type} · also “${match.alias}”` : match.actor.type}
            </span>
          </li>
        ))}
        {offerCreate && (
          <li
            id={optionId(matches.length)}
            role="option"
            aria-selected={activeIndex === matches.length}
            className="reader-actor-option reader-actor-option-create"
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(matches.length)}
            onClick={() => choose(matches.length)}
          >
            <span className="reader-actor-option-name" dir="auto">
              Create “{text.trim()}”…
            </span>
            <span className="reader-actor-option-detail">a new actor</span>
          </li>
        )}
      </ul>
    </div>
  )
}

interface NewActorFieldsProps {
  name: string
  quotedText: string
  typeSelect: RefObject<HTMLSelectElement | null>
  busy: boolean
  onCreate(actor: NewActor): void
  onBack(): void
}

function NewActorFields({ name, quotedText, typeSelect, busy, onCreate, onBack }: NewActorFieldsProps) {
  const { actors } = useReaderPassages()
  const id = useId()
  const [type, setType] = useState(lastCreatedType)
  const alias = quotedText.replace(/\s+/gu, ' ').trim()
  const aliasDiffers = alias !== '' && alias.length <= 300 && foldName(alias) !== foldName(name)
  const [keepAlias, setKeepAlias] = useState(true)
  const typeNames =
    actors.types.length > 0 ? actors.types.map((entry) => entry.name) : [...BUILTIN_ENTITY_TYPES]

  const create = () => {
    if (busy) return
    lastCreatedType = type
    onCreate({
      name,
      type,
      ...(aliasDiffers && keepAlias ? { alias: { name: alias, kind: aliasKindOf(alias) } } : {}),
    })
  }
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault()
      create()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onBack()
    }
  }

  return (
    <div className="reader-actor-create" role="group" aria-labelledby={`${id}-title`} onKeyDown={onKey}>
      <p id={`${id}-title`} className="reader-popover-label">
        New actor: <span dir="auto">{name}</span>
      </p>
      <label className="reader-popover-field">
        <span>Type</span>
        <select
          ref={typeSelect}
          className="weft-select"
          value={type}
          onChange={(event) => setType(event.target.value)}
        >
          {typeNames.map((typeName) => (
            <option key={typeName} value={typeName}>
              {typeName}
            </option>
          ))}
        </select>
      </label>
      {aliasDiffers && (
        <label className="reader-popover-check">
          <input
            type="checkbox"
            checked={keepAlias}
            onChange={(event) => setKeepAlias(event.target.checked)}
          />
          <span>
            Also find it as “<span dir="auto">{alias}</span>”
          </span>
        </label>
      )}
      <div className="reader-popover-actions">
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={create}>
          Create and link
        </button>
      </div>
    </div>
  )
}
