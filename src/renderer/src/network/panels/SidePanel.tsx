// The panel at the network's right: a heading, a close button, its content.
import type { ReactNode } from 'react'
import { CloseIcon } from '../../common/icons'

export function SidePanel({
  title,
  onClose,
  children,
}: {
  title: string
  onClose(): void
  children: ReactNode
}) {
  return (
    <aside className="network-side" aria-label={title}>
      <header className="network-side-header">
        <h2 dir="auto">{title}</h2>
        <button
          type="button"
          className="button button-quiet network-side-close"
          aria-label={`Close ${title}`}
          onClick={onClose}
        >
          <CloseIcon />
        </button>
      </header>
      <div className="network-side-body">{children}</div>
    </aside>
  )
}
