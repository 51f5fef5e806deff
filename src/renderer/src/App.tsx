// The app frame: rail, the current view, status bar, drops and toasts.
import { useCallback, useEffect, useRef } from 'react'
import type { MenuCommand } from '@shared/contract'
import { useEvent } from './api/api-context'
import { ImportProvider } from './library/import-context'
import type { ImportButtonHandle } from './library/ImportButton'
import { LibraryDataProvider } from './library/library-data'
import { LibraryView } from './library/LibraryView'
import { NetworkView } from './network'
import { ReaderTargetProvider } from './library/reader-target'
import { DropOverlay } from './shell/DropOverlay'
import { ActorsView, NotesView } from './shell/lazy-views'
import { NavRail } from './shell/NavRail'
import { NavigationProvider, useNavigation } from './shell/navigation'
import { StatusBar } from './shell/StatusBar'
import { useToasts } from './shell/toasts'
import { VIEWS, type View } from './shell/views'
import './styles/layout.css'

const MENU_VIEWS: Partial<Record<MenuCommand, View>> = {
  'show-library': 'library',
  'show-actors': 'actors',
  'show-notes': 'notes',
  'show-network': 'network',
}

export function App() {
  return (
    <LibraryDataProvider>
      <ReaderTargetProvider>
        <NavigationProvider>
          <ImportProvider>
            <AppFrame />
            <DropOverlay />
          </ImportProvider>
        </NavigationProvider>
      </ReaderTargetProvider>
    </LibraryDataProvider>
  )
}

function AppFrame() {
  const { view, showView: setView, actorId, openActor, openNote, openSourceAt } = useNavigation()
  const importRef = useRef<ImportButtonHandle>(null)
  const toasts = useToasts()

  const openImport = useCallback(() => {
    setView('library')
    // The button mounts with the Library view; wait a frame when switching to it.
    requestAnimationFrame(() => importRef.current?.open())
  }, [setView])

  useEvent('menu:command', ({ command }) => {
    const target = MENU_VIEWS[command]
    if (target) setView(target)
    else if (command === 'import') openImport()
  })
  useEvent('app:notice', (notice) => toasts.show({ kind: notice.level, title: notice.message }))

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      const index = Number(event.key) - 1
      if (index >= 0 && index < VIEWS.length) {
        event.preventDefault()
        setView(VIEWS[index]!)
      } else if (event.key.toLowerCase() === 'i') {
        event.preventDefault()
        openImport()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [openImport, setView])

  return (
    <div className="app">
      <NavRail view={view} onChange={setView} />
      <main className="content">
        {view === 'library' && <LibraryView importRef={importRef} />}
        {view === 'actors' && (
          <ActorsView
            actorId={actorId}
            openActor={openActor}
            openNote={openNote}
            openSource={(sourceId, start, end) => openSourceAt(sourceId, { start, end })}
          />
        )}
        {view === 'notes' && <NotesView showLibrary={() => setView('library')} openActor={openActor} />}
        {view === 'network' && <NetworkView />}
      </main>
      <StatusBar />
    </div>
  )
}
