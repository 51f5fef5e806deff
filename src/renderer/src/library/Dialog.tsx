// A modal dialog on the native <dialog>: the rest of the window goes inert,
// Tab cycles inside, Escape cancels, and focus returns to where it was.
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react'
import './dialog.css'

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])'

/** When the control that opened a dialog is gone (its row was deleted), stay in the dialog beneath. */
function focusInTopDialog(): void {
  const open = [...document.querySelectorAll<HTMLDialogElement>('dialog[open]')].at(-1)
  open?.querySelector<HTMLElement>(FOCUSABLE)?.focus()
}

export interface DialogProps {
  title: string
  /** 'alertdialog' for questions that need an answer (delete?). */
  role?: 'dialog' | 'alertdialog'
  description?: ReactNode
  /** Escape, the close button of the window manager, or Cancel. */
  onCancel(): void
  /** What to focus first; else the first control. */
  initialFocus?: RefObject<HTMLElement | null>
  /**
   * Where focus goes on close when set (say, the table after its rows were deleted); else
   * back to the control that opened the dialog. Read at closing time: set it as you act.
   */
  returnFocus?: RefObject<HTMLElement | null>
  className?: string
  /** Buttons at the bottom, primary last. */
  footer: ReactNode
  children?: ReactNode
  onKeyDown?(event: KeyboardEvent<HTMLDialogElement>): void
}

export function Dialog({
  title,
  role = 'dialog',
  description,
  onCancel,
  initialFocus,
  returnFocus,
  className,
  footer,
  children,
  onKeyDown,
}: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  const cancel = useRef(onCancel)
  useEffect(() => {
    cancel.current = onCancel
  })

  useLayoutEffect(() => {
    const element = dialog.current
    if (!element) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    // The ref, not its value: whoever closes the dialog may point it somewhere first.
    const returnTo = returnFocus
    element.showModal()
    const first = initialFocus?.current ?? element.querySelector<HTMLElement>(FOCUSABLE)
    first?.focus()
    return () => {
      element.close()
      // Only once this dialog is closed is the rest of the window focusable again.
      const target = returnTo?.current
      if (target?.isConnected) target.focus()
      else if (opener?.isConnected) opener.focus()
      else focusInTopDialog()
    }
    // Opening happens once per mount; a later initialFocus is not a reason to reopen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.offsetParent !== null,
    )
    const first = focusable[0]
    const last = focusable.at(-1)
    if (!first || !last) return
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return (
    <dialog
      ref={dialog}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      className={`weft-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      aria-modal="true"
      onCancel={(event) => {
        // The browser's own Escape handling: keep the dialog under React's control.
        event.preventDefault()
        cancel.current()
      }}
      onClose={(event) => {
        // Closed by the browser (a forced Escape) rather than by us: tell the owner. A close
        // queued by an earlier unmount arrives after the dialog reopened, and is ignored.
        if (!event.currentTarget.open) cancel.current()
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event)
        if (event.defaultPrevented) return
        if (event.key === 'Escape') {
          event.preventDefault()
          cancel.current()
          return
        }
        trapTab(event)
      }}
    >
      <h2 id={titleId} className="weft-dialog-title">
        {title}
      </h2>
      {description && (
        <div id={descriptionId} className="weft-dialog-description">
          {description}
        </div>
      )}
      {children && <div className="weft-dialog-body">{children}</div>}
      <div className="weft-dialog-footer">{footer}</div>
    </dialog>
  )
}
