// The usual foot of a dialog: Cancel, then the one action the dialog is for,
// last, as every dialog in Weft orders them. The action's button says what it
// does ("Add tag"), and is disabled while it runs, so a double click acts once.
import type { ReactNode, RefObject } from 'react'

interface DialogButtonsProps {
  confirmLabel: ReactNode
  onConfirm(): void
  onCancel(): void
  /** While the action runs, or while something it needs is missing. */
  disabled?: boolean
  /** "Close" where leaving loses nothing (a history to browse). */
  cancelLabel?: string
  /** 'danger' for an action that destroys. */
  tone?: 'primary' | 'danger'
  cancelRef?: RefObject<HTMLButtonElement | null>
  /** What comes before Cancel: another action (Remove link), or a hint. */
  before?: ReactNode
}

export function DialogButtons({
  confirmLabel,
  onConfirm,
  onCancel,
  disabled,
  cancelLabel = 'Cancel',
  tone = 'primary',
  cancelRef,
  before,
}: DialogButtonsProps) {
  return (
    <>
      {before}
      <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button
        type="button"
        className={`button button-${tone}`}
        disabled={disabled}
        onClick={() => onConfirm()}
      >
        {confirmLabel}
      </button>
    </>
  )
}
