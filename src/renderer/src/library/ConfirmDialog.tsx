// A question that needs an answer before something is destroyed: Cancel has
// the focus, so a stray Enter changes nothing.
import { useRef, type ReactNode, type RefObject } from 'react'
import { Dialog } from './Dialog'
import { DialogButtons } from './DialogButtons'
import { useAction } from './use-action'

interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  /** The work to do; its failure is shown in the dialog, which stays open. */
  onConfirm(): Promise<void>
  onCancel(): void
  /** Where focus goes once confirmed work closes the dialog; see Dialog. */
  returnFocus?: RefObject<HTMLElement | null>
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  returnFocus,
}: ConfirmDialogProps) {
  const cancelButton = useRef<HTMLButtonElement>(null)
  const action = useAction()
  return (
    <Dialog
      title={title}
      role="alertdialog"
      description={children}
      initialFocus={cancelButton}
      returnFocus={returnFocus}
      onCancel={onCancel}
      footer={
        <DialogButtons
          confirmLabel={confirmLabel}
          onConfirm={() => void action.run(onConfirm)}
          onCancel={onCancel}
          disabled={action.busy}
          tone="danger"
          cancelRef={cancelButton}
        />
      }
    >
      {action.error && (
        <p className="weft-form-error" role="alert">
          {action.error}
        </p>
      )}
    </Dialog>
  )
}
