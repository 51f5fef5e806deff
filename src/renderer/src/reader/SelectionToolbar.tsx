// The small toolbar over selected text: Highlight, Link to actor, Comment and
// Add tie. Reached by Tab from the text, by its shortcuts, or the mouse; the
// arrow keys move between its buttons (the ARIA toolbar pattern).
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { Passage } from '@shared/actors'
import type { TextRange } from '@shared/models'
import { ActorPicker } from './ActorPicker'
import { CommentEditor } from './CommentEditor'
import { placeBeside } from './floating-position'
import { shortQuote } from './quote'
import { useReaderPassages } from './reader-passages'
import { CommentIcon, HighlightIcon, LinkActorIcon, TieIcon } from './reader-icons'
import type { TextPositions } from './text-positions'
import type { NewActor } from './use-passage-actions'
import './selection-toolbar.css'

export type ToolbarMode = 'buttons' | 'link' | 'comment'

/** Shortcuts with Ctrl (Cmd on a Mac) and Shift, while text is selected in the reader. */
export const TOOLBAR_SHORTCUTS: Record<string, 'highlight' | 'link' | 'comment'> = {
  h: 'highlight',
  l: 'link',
  m: 'comment',
}

interface SelectionToolbarProps {
  range: TextRange
  mode: ToolbarMode
  positions: () => TextPositions | undefined
  onModeChange(mode: ToolbarMode): void
  /** The work is done: the passage made or changed, and what to announce. */
  onDone(passage: Passage, message: string): void
  onCancel(): void
  /** Opens the Add tie dialog with the passage as evidence; absent until that dialog exists. */
  onAddTie?: (passage: Passage) => void
  /** Runs the toolbar's highlight action from a shortcut: set by the toolbar while it is shown. */
  highlightRef: { current: (() => void) | undefined }
}

export function SelectionToolbar(props: SelectionToolbarProps) {
  const { range, mode, positions, onModeChange, onDone, onCancel, onAddTie, highlightRef } = props
  const { source, passages, actions, actors, relocating, setRelocating } = useReaderPassages()
  const element = useRef<HTMLDivElement>(null)
  const [busy, setBusy] = useState(false)
  const quoted = source.text.slice(range.start, range.end)
  const existing = passages?.find((passage) => passage.start === range.start && passage.end === range.end)

  useLayoutEffect(() => {
    const target = positions()?.toDomRange(range)
    if (element.current && target)
      placeBeside(element.current, target, mode === 'buttons' ? 'above' : 'below')
  }, [positions, range, mode])

  /** Runs one piece of work at a time; the toolbar stays open when it fails (the toast says why). */
  const run = async (work: () => Promise<{ passage: Passage; message: string } | undefined>) => {
    if (busy) return
    setBusy(true)
    try {
      const outcome = await work()
      if (outcome) onDone(outcome.passage, outcome.message)
    } finally {
      setBusy(false)
    }
  }
  const quote = `“${shortQuote(quoted, 40)}”`

  const highlight = () =>
    run(async () => {
      if (existing) return { passage: existing, message: `${quote} is a passage already` }
      const passage = await actions.create(range)
      return passage && { passage, message: `Highlighted ${quote}` }
    })
  useLayoutEffect(() => {
    highlightRef.current = () => void highlight()
    return () => {
      highlightRef.current = undefined
    }
  })

  const link = (entityId: number, name: string) =>
    run(async () => {
      const passage = existing
        ? await actions.link(existing.id, entityId)
        : await actions.create(range, { entityIds: [entityId] })
      return passage && { passage, message: `Linked ${quote} to ${name}` }
    })
  const createAndLink = (actor: NewActor) =>
    run(async () => {
      const created = await actions.createActor(actor)
      if (!created) return undefined
      const passage = existing
        ? await actions.link(existing.id, created.id)
        : await actions.create(range, { entityIds: [created.id] })
      return passage && { passage, message: `Created ${created.name} and linked ${quote} to it` }
    })
  const comment = (text: string) =>
    run(async () => {
      if (existing) {
        const saved = await actions.setComment(existing, text)
        return saved ? { passage: existing, message: `Comment saved on ${quote}` } : undefined
      }
      const passage = await actions.create(range, { comment: text })
      return passage && { passage, message: `Comment saved on ${quote}` }
    })
  const addTie = (open: (passage: Passage) => void) =>
    run(async () => {
      const passage = existing ?? (await actions.create(range))
      if (!passage) return undefined
      open(passage)
      return { passage, message: `Adding a tie with ${quote} as evidence` }
    })

  const moveHere = (passage: Passage) =>
    run(async () => {
      if (!(await actions.confirmReview(passage.id, range))) return undefined
      setRelocating(undefined)
      return { passage, message: `Moved the passage to ${quote}` }
    })

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      if (mode === 'buttons') onCancel()
      else onModeChange('buttons')
    }
  }

  return (
    <div ref={element} className="selection-toolbar" data-mode={mode} onKeyDown={onKeyDown} aria-busy={busy}>
      {relocating ? (
        <div className="selection-buttons" role="toolbar" aria-label="Selected text">
          <button
            type="button"
            className="selection-button selection-button-primary"
            disabled={busy}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void moveHere(relocating)}
          >
            Move here
          </button>
          <button
            type="button"
            className="selection-button"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setRelocating(undefined)}
          >
            Cancel
          </button>
        </div>
      ) : (
        <ToolbarButtons
          mode={mode}
          busy={busy}
          onHighlight={() => void highlight()}
          onMode={onModeChange}
          onAddTie={onAddTie && (() => void addTie(onAddTie))}
        />
      )}
      {mode === 'link' && (
        <div className="selection-popover">
          <ActorPicker
            initialText={shortQuote(quoted, 80).replace(/…$/u, '')}
            quotedText={quoted}
            linkedIds={existing?.entityIds}
            busy={busy}
            onPick={(entityId) => void link(entityId, actors.byId.get(entityId)?.name ?? 'the actor')}
            onCreate={(actor) => void createAndLink(actor)}
            onCancel={() => onModeChange('buttons')}
          />
        </div>
      )}
      {mode === 'comment' && (
        <div className="selection-popover">
          <CommentEditor
            initial={existing?.comment ?? ''}
            busy={busy}
            onSave={(text) => void comment(text)}
            onCancel={() => onModeChange('buttons')}
          />
        </div>
      )}
    </div>
  )
}

interface ToolbarButtonsProps {
  mode: ToolbarMode
  busy: boolean
  onHighlight(): void
  onMode(mode: ToolbarMode): void
  onAddTie: (() => void) | undefined
}

function ToolbarButtons({ mode, busy, onHighlight, onMode, onAddTie }: ToolbarButtonsProps) {
  const [focused, setFocused] = useState(0)
  // The arrow keys move between the buttons; Tab leaves the toolbar (one tab stop).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')]
    const at = buttons.indexOf(event.target as HTMLButtonElement)
    if (at < 0) return
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const index = (next + buttons.length) % buttons.length
    setFocused(index)
    buttons[index]!.focus()
  }
  const stop = (index: number) => ({
    tabIndex: focused === index ? 0 : -1,
    onFocus: () => setFocused(index),
    // Pressing a button must not take the selection away from the text.
    onMouseDown: (event: { preventDefault(): void }) => event.preventDefault(),
  })
  const toggle = (target: ToolbarMode) => onMode(mode === target ? 'buttons' : target)
  return (
    <div className="selection-buttons" role="toolbar" aria-label="Selected text" onKeyDown={onKeyDown}>
      <button
        type="button"
        className="selection-button"
        disabled={busy}
        aria-keyshortcuts="Control+Shift+H Meta+Shift+H"
        title="Highlight (Ctrl+Shift+H)"
        onClick={onHighlight}
        {...stop(0)}
      >
        <HighlightIcon />
        Highlight
      </button>
      <button
        type="button"
        className="selection-button"
        aria-expanded={mode === 'link'}
        aria-keyshortcuts="Control+Shift+L Meta+Shift+L"
        title="Link to actor (Ctrl+Shift+L)"
        onClick={() => toggle('link')}
        {...stop(1)}
      >
        <LinkActorIcon />
        <ButtonLabel long="Link to actor" short="Link" />
      </button>
      <button
        type="button"
        className="selection-button"
        aria-expanded={mode === 'comment'}
        aria-keyshortcuts="Control+Shift+M Meta+Shift+M"
        title="Comment (Ctrl+Shift+M)"
        onClick={() => toggle('comment')}
        {...stop(2)}
      >
        <CommentIcon />
        Comment
      </button>
      {onAddTie && (
        <button type="button" className="selection-button" disabled={busy} onClick={onAddTie} {...stop(3)}>
          <TieIcon />
          <ButtonLabel long="Add tie" short="Tie" />
        </button>
      )}
    </div>
  )
}

/** A button's words, shortened when the reader is narrow; the accessible name stays the long one. */
function ButtonLabel({ long, short }: { long: string; short: string }) {
  return (
    <>
      <span className="reader-label-long">{long}</span>
      <span className="reader-label-short" aria-hidden="true">
        {short}
      </span>
    </>
  )
}
