// Toasts: short messages in the corner. Errors stay until dismissed and are
// announced assertively; the rest fade after a few seconds.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { CloseIcon } from '../common/icons'
import './toasts.css'

export interface ToastInput {
  kind: 'info' | 'success' | 'error'
  title: string
  details?: string[]
}

interface Toast extends ToastInput {
  id: number
}

interface ToastApi {
  show(toast: ToastInput): void
}

const ToastContext = createContext<ToastApi | undefined>(undefined)
const AUTO_DISMISS_MS = 7000
const MAX_DETAILS = 8

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const nextId = useRef(1)
  const dismiss = useCallback(
    (id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)),
    [],
  )
  const show = useCallback(
    (input: ToastInput) => {
      const id = nextId.current++
      setToasts((current) => [...current.slice(-4), { ...input, id }])
      if (input.kind !== 'error') setTimeout(() => dismiss(id), AUTO_DISMISS_MS)
    },
    [dismiss],
  )
  const api = useMemo(() => ({ show }), [show])
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" aria-label="Notifications">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast-${toast.kind}`}
            role={toast.kind === 'error' ? 'alert' : 'status'}
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
