// A toolbar that is one Tab stop: arrow keys, Home and End move between its
// controls (the ARIA toolbar pattern). Unavailable controls stay focusable
// (aria-disabled) so the keyboard never skips over something that is there.
import { createContext, useContext, useState, type KeyboardEvent, type ReactNode } from 'react'

interface RovingContextValue {
  active: string | undefined
  setActive(id: string): void
}

const RovingContext = createContext<RovingContextValue>({ active: undefined, setActive: () => undefined })

export function RovingToolbar({
  label,
  first,
  children,
}: {
  label: string
  first: string
  children: ReactNode
}) {
  const [active, setActive] = useState<string>(first)
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys = ['ArrowRight', 'ArrowLeft', 'Home', 'End']
    if (!keys.includes(event.key)) return
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-toolbar-item]'))
    const at = items.indexOf(document.activeElement as HTMLElement)
    if (at < 0) return
    event.preventDefault()
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? items.length - 1
          : (at + (event.key === 'ArrowRight' ? 1 : -1) + items.length) % items.length
    items[next]?.focus()
  }
  return (
    <RovingContext.Provider value={{ active, setActive }}>
      <div
        role="toolbar"
        aria-label={label}
        aria-orientation="horizontal"
        className="note-toolbar"
        onKeyDown={move}
      >
        {children}
      </div>
    </RovingContext.Provider>
  )
}

/** Props for a control inside a RovingToolbar: its tab index and focus tracking. */
export function useRovingItem(id: string): { tabIndex: number; onFocus(): void; 'data-toolbar-item': true } {
  const { active, setActive } = useContext(RovingContext)
  return { tabIndex: active === id ? 0 : -1, onFocus: () => setActive(id), 'data-toolbar-item': true }
}

interface ToolbarButtonProps {
  id: string
  label: string
  /** Shown in the tooltip, as the platform writes it. */
  shortcut?: string
  pressed?: boolean
  disabled?: boolean
  onClick(): void
  children: ReactNode
  className?: string
}

export function ToolbarButton({
  id,
  label,
  shortcut,
  pressed,
  disabled,
  onClick,
  children,
  className,
}: ToolbarButtonProps) {
  const roving = useRovingItem(id)
  return (
    <button
      type="button"
      className={`note-tool ${className ?? ''}`}
      aria-label={label}
      aria-pressed={pressed}
      aria-disabled={disabled || undefined}
      title={shortcut ? `${label} (${shortcut})` : label}
      // Keep the editor's selection: the click acts on it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (!disabled) onClick()
      }}
      {...roving}
    >
      {children}
    </button>
  )
}

export function ToolbarSeparator() {
  return <span className="note-tool-separator" role="separator" aria-orientation="vertical" />
}
