// Toasts: short messages in the corner. Errors stay until dismissed and are
// announced assertively; the rest fade after a few seconds, but not while the
// pointer or keyboard focus is on them. A toast may carry one action (Undo).
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { CloseIcon } from '../common/icons'
import './toasts.css'

export interface ToastAction {
  label: string
  run(): void
}

export interface ToastInput {
  kind: 'info' | 'success' | 'error'
  title: string
  details?: string[]
  /** One button in the toast (e.g. Undo); the toast closes when it is pressed. */
  action?: ToastAction
  /** Called once when the toast goes: dismissed, timed out, replaced, or its action pressed. */
  onClose?(): void
}

interface Toast extends ToastInput {
  id: number
}

interface ToastApi {
  /** Shows a toast and returns its id, for dismiss(). */
  show(toast: ToastInput): number
  dismiss(id: number): void
}

const ToastContext = createContext<ToastApi | undefined>(undefined)
const AUTO_DISMISS_MS = 7000
/** Long enough to read the message, find the button and change one's mind. */
const ACTION_DISMISS_MS = 12000
const MAX_TOASTS = 5
const MAX_DETAILS = 8

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const nextId = useRef(1)
  const live = useRef(new Map<number, Toast>())
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>())

  const dismiss = useCallback((id: number) => {
    const toast = live.current.get(id)
    if (!toast) return
    live.current.delete(id)
    clearTimeout(timers.current.get(id))
    timers.current.delete(id)
    setToasts((current) => current.filter((item) => item.id !== id))
    toast.onClose?.()
  }, [])

  const startTimer = useCallback(
    (toast: Toast) => {
      if (toast.kind === 'error' || !live.current.has(toast.id)) return
      clearTimeout(timers.current.get(toast.id))
      const delay = toast.action ? ACTION_DISMISS_MS : AUTO_DISMISS_MS
      timers.current.set(
        toast.id,
        setTimeout(() => dismiss(toast.id), delay),
      )
    },
    [dismiss],
  )

  const holdTimer = useCallback((id: number) => {
    clearTimeout(timers.current.get(id))
    timers.current.delete(id)
  }, [])

  const show = useCallback(
    (input: ToastInput) => {
      const toast = { ...input, id: nextId.current++ }
      const older = [...live.current.keys()]
      live.current.set(toast.id, toast)
      setToasts((current) => [...current, toast])
      for (const id of older.slice(0, Math.max(0, older.length - (MAX_TOASTS - 1)))) dismiss(id)
      startTimer(toast)
      return toast.id
    },
    [dismiss, startTimer],
  )

  const api = useMemo(() => ({ show, dismiss }), [show, dismiss])
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" aria-label="Notifications">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast-${toast.kind}`}
            role={toast.kind === 'error' ? 'alert' : 'status'}
            onMouseEnter={() => holdTimer(toast.id)}
            onMouseLeave={() => startTimer(toast)}
            onFocus={() => holdTimer(toast.id)}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget)) startTimer(toast)
            }}
          >
            <div className="toast-body">
              <div className="toast-title">{toast.title}</div>
              {toast.details && toast.details.length > 0 && (
                <ul className="toast-details">
                  {toast.details.slice(0, MAX_DETAILS).map((detail, index) => (
                    <li key={index}>{detail}</li>
                  ))}
                  {toast.details.length > MAX_DETAILS && (
                    <li>and {toast.details.length - MAX_DETAILS} more</li>
                  )}
                </ul>
              )}
            </div>
            {toast.action && (
              <button
                type="button"
                className="button toast-action"
                onClick={() => {
                  // Close first, so onClose sees the toast gone before the action's own work.
                  const action = toast.action!
                  dismiss(toast.id)
                  action.run()
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button
              type="button"
              className="toast-close"
              aria-label="Dismiss notification"
              onClick={() => dismiss(toast.id)}
            >
              <CloseIcon />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

export function useToasts(): ToastApi {
  const api = useContext(ToastContext)
  if (!api) throw new Error('useToasts needs a ToastProvider above it')
  return api
}
