// The Actors and Notes views load their code the first time they are shown,
// so the first window paints the library sooner; the Network view does the same.
import { lazy, Suspense, type ComponentProps, type ComponentType, type ReactElement } from 'react'
import type { ActorsViewProps } from '../actors/ActorsView'
import type { NotesView as NotesViewComponent } from '../notes/NotesView'

/** While a view's code loads: its frame and title, marked busy, so nothing jumps when it arrives. */
function ViewLoading({ title }: { title: string }) {
  return (
    <section className="library-view" aria-label={title} aria-busy="true">
      <header className="view-header">
        <h1>{title}</h1>
      </header>
    </section>
  )
}

export function lazyView<P extends object>(
  title: string,
  load: () => Promise<ComponentType<P>>,
): (props: P) => ReactElement {
  const Lazy = lazy(() => load().then((component) => ({ default: component })))
  return function LazyView(props: P) {
    return (
      <Suspense fallback={<ViewLoading title={title} />}>
        <Lazy {...props} />
      </Suspense>
    )
  }
}

export const ActorsView = lazyView<ActorsViewProps>('Actors', () =>
  import('../actors/ActorsView').then((module) => module.ActorsView),
)

export const NotesView = lazyView<ComponentProps<typeof NotesViewComponent>>('Notes', () =>
  import('../notes/NotesView').then((module) => module.NotesView),
)
