// One passage in the side panel: its quote (press to find it in the text),
// its actors and comment, a "needs review" flag to confirm; selected, its
// tools: colour, link another actor, comment, copy as a quote, delete
// (undoable). Drag it into a note, or copy it (Ctrl+C) and paste it there.
import { memo, useState, type KeyboardEvent } from 'react'
import type { Passage } from '@shared/actors'
import { ActorChip } from './ActorChip'
import { ActorPicker } from './ActorPicker'
import { CommentEditor } from './CommentEditor'
import { passageColor } from './passage-colors'
import { PassageColorPicker } from './PassageColorPicker'
import { PassageReview } from './PassageReview'
import { startPassageDrag, useCopyPassageAsQuote } from './passage-drag'
import { shortQuote } from './quote'
import { useReaderPassages } from './reader-passages'
import { DeleteIcon } from './reader-icons'

interface PassageItemProps {
  /** Place in the list, where the list draws it (it draws only those near the view). */
  index: number
  count: number
  top: number
  measure(element: HTMLElement | null): void
  passage: Passage
  selected: boolean
  onSelect(passageId: number): void
  onFocusAt(index: number): void
}

type Editing = 'none' | 'link' | 'comment'

export const PassageItem = memo(function PassageItem(props: PassageItemProps) {
  const { index, count, top, measure, passage, selected, onSelect, onFocusAt } = props
  const { actions, actors } = useReaderPassages()
  const [editing, setEditing] = useState<Editing>('none')
  const [busy, setBusy] = useState(false)
  const copyAsQuote = useCopyPassageAsQuote()
  const color = passageColor(passage)
  const review = passage.status === 'needs_review'

  const work = async (run: () => Promise<unknown>) => {
    setBusy(true)
    try {
      await run()
      setEditing('none')
    } finally {
      setBusy(false)
    }
  }
  const remove = () => {
    // Focus goes on to the next passage (or the one before), not back to the top of the window.
    onFocusAt(index + 1 < count ? index + 1 : index - 1)
    void actions.remove(passage)
  }
  const onQuoteKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault()
      remove()
    } else if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'c') {
      // The keyboard's way to take the passage into a note, as dragging it does.
      event.preventDefault()
      void copyAsQuote(passage)
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      onFocusAt(index + (event.key === 'ArrowDown' ? 1 : -1))
    }
  }

  return (
    <li
      ref={measure}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={count}
      style={{ transform: `translateY(${top}px)` }}
      className="reader-passage"
      data-selected={selected}
      data-review={review}
      draggable
      onDragStart={(event) => startPassageDrag(event, passage)}
    >
      <button
        type="button"
        className="reader-passage-quote"
        dir="auto"
        aria-pressed={selected}
        aria-keyshortcuts="Delete Control+C"
        title="Show in the text (Delete removes it; Ctrl+C copies it as a quote for a note, or drag it there)"
        onClick={() => onSelect(passage.id)}
        onKeyDown={onQuoteKey}
      >
        <span className={`reader-swatch reader-color-${color.name}`} aria-hidden="true" />
        <span className="reader-passage-quote-text">{passage.exact}</span>
      </button>
      {review && <PassageReview passage={passage} />}
      {passage.entityIds.length > 0 && (
        <ul className="reader-chips" aria-label="Actors">
          {passage.entityIds.map((entityId) => (
            <li key={entityId} className="reader-chip-item">
              <ActorChip entityId={entityId} />
              {selected && (
                <button
                  type="button"
                  className="reader-chip-remove"
                  aria-label={`Unlink ${actors.byId.get(entityId)?.name ?? `actor #${entityId}`}`}
                  title="Unlink this actor"
                  disabled={busy}
                  onClick={() => void work(() => actions.unlink(passage.id, entityId))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {passage.comment && editing !== 'comment' && (
        <p className="reader-passage-comment" dir="auto">
          {passage.comment}
        </p>
      )}
      {selected && editing === 'none' && (
        <div className="reader-passage-tools">
          <PassageColorPicker passage={passage} />
          <div className="reader-passage-tool-buttons">
            <button type="button" className="button" onClick={() => setEditing('link')}>
              Link actor
            </button>
            <button type="button" className="button" onClick={() => setEditing('comment')}>
              {passage.comment ? 'Edit comment' : 'Comment'}
            </button>
            <button
              type="button"
              className="button"
              title="Copy it to paste into a note as a quote with its source (or drag the passage there)"
              onClick={() => void copyAsQuote(passage)}
            >
              Copy as quote
            </button>
            <button
              type="button"
              className="button reader-passage-delete"
              aria-label={`Delete the passage “${shortQuote(passage.exact, 40)}”`}
              onClick={remove}
            >
              <DeleteIcon />
              Delete
            </button>
          </div>
        </div>
      )}
      {selected && editing === 'link' && (
        <div className="reader-passage-editor">
          <ActorPicker
            initialText=""
            quotedText={passage.exact}
            linkedIds={passage.entityIds}
            busy={busy}
            onPick={(entityId) => void work(() => actions.link(passage.id, entityId))}
            onCreate={(actor) =>
              void work(async () => {
                const created = await actions.createActor(actor)
                if (created) await actions.link(passage.id, created.id)
              })
            }
            onCancel={() => setEditing('none')}
          />
        </div>
      )}
      {selected && editing === 'comment' && (
        <div className="reader-passage-editor">
          <CommentEditor
            initial={passage.comment ?? ''}
            busy={busy}
            onSave={(text) => void work(() => actions.setComment(passage, text === '' ? null : text))}
            onCancel={() => setEditing('none')}
          />
        </div>
      )}
    </li>
  )
})
