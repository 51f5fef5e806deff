// Loads the Network view's code the first time it is shown.
import { lazy, Suspense } from 'react'

const LazyNetworkView = lazy(() =>
  import('./NetworkView').then((module) => ({ default: module.NetworkView })),
)

export function NetworkViewLoader() {
  return (
    <Suspense
      fallback={
        <section className="library-view" aria-label="Network" aria-busy="true">
          <header className="view-header">
            <h1>Network</h1>
          </header>
        </section>
      }
    >
      <LazyNetworkView />
    </Suspense>
  )
}
