// A passage's comment being written: Ctrl/Cmd+Enter saves, Escape cancels.
import { useId, useState, type KeyboardEvent } from 'react'

interface CommentEditorProps {
  initial: string
  busy: boolean
  onSave(text: string): void
  onCancel(): void
}

export function CommentEditor({ initial, busy, onSave, onCancel }: CommentEditorProps) {
  const id = useId()
  const [text, setText] = useState(initial)
  const save = () => {
    if (!busy) onSave(text.trim())
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      save()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onCancel()
    }
  }
  return (
    <div className="reader-comment-editor">
      <label className="reader-popover-label" htmlFor={`${id}-text`}>
        Comment
      </label>
      <textarea
        id={`${id}-text`}
        className="weft-input reader-comment-text"
        value={text}
        rows={3}
        dir="auto"
        placeholder="Why this passage matters"
        // Focus lands here as soon as the editor opens: writing is what was asked for.
        autoFocus
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="reader-popover-actions">
        <span className="reader-popover-hint">Ctrl+Enter to save</span>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={save}>
          Save comment
        </button>
      </div>
    </div>
  )
}
