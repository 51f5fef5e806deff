// What the Actors, Notes and Network views show while the library has none yet.
import type { ReactElement } from 'react'

interface EmptyViewProps {
  title: string
  icon: () => ReactElement
  heading: string
  children: string
}

export function EmptyView({ title, icon: Icon, heading, children }: EmptyViewProps) {
  return (
    <section className="library-view" aria-label={title}>
      <header className="view-header">
        <h1>{title}</h1>
      </header>
      <div className="empty-state">
        <Icon />
        <h2>{heading}</h2>
        <p>{children}</p>
      </div>
    </section>
  )
}
