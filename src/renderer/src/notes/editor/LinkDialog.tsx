// Adds a link to the selected text, edits it, or removes it (Ctrl/Cmd+K).
import { useId, useRef, useState } from 'react'
import { Dialog } from '../../library/Dialog'
import { DialogButtons } from '../../library/DialogButtons'
import '../../library/form-controls.css'

export const SAFE_URL = /^(https?:\/\/|mailto:)\S+$/i

interface LinkDialogProps {
  initialUrl: string
  onApply(url: string | null): void
  onCancel(): void
}

export function LinkDialog({ initialUrl, onApply, onCancel }: LinkDialogProps) {
  const inputId = useId()
  const input = useRef<HTMLInputElement>(null)
  const [url, setUrl] = useState(initialUrl || 'https://')
  const [error, setError] = useState<string>()
  const apply = () => {
    const value = url.trim()
    // A bare domain is meant as a web address.
    const full = /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value) ? `https://${value}` : value
    if (!SAFE_URL.test(full)) {
      setError('Use a web address (https://…) or an e-mail link (mailto:…).')
      return
    }
    onApply(full)
  }
  return (
    <Dialog
      title={initialUrl ? 'Edit link' : 'Add a link'}
      initialFocus={input}
      onCancel={onCancel}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === input.current) {
          event.preventDefault()
          apply()
        }
      }}
      footer={
        <DialogButtons
          confirmLabel={initialUrl ? 'Save link' : 'Add link'}
          onConfirm={apply}
          onCancel={onCancel}
          before={
            initialUrl && (
              <button type="button" className="button" onClick={() => onApply(null)}>
                Remove link
              </button>
            )
          }
        />
      }
    >
      <div className="weft-field">
        <label htmlFor={inputId}>Address</label>
        <input
          id={inputId}
          ref={input}
          className="weft-input"
          value={url}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(event) => {
            setUrl(event.target.value)
            setError(undefined)
          }}
        />
        {error && (
          <span id={`${inputId}-error`} className="weft-field-error">
            {error}
          </span>
        )}
      </div>
    </Dialog>
  )
}
