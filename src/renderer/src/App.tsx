// The app frame: rail, the current view, status bar, drops and toasts.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MenuCommand } from '@shared/contract'
import { useEvent } from './api/api-context'
import { ActorsIcon, NetworkIcon, NotesIcon } from './common/icons'
import { ImportProvider } from './library/import-context'
import type { ImportButtonHandle } from './library/ImportButton'
import { LibraryDataProvider } from './library/library-data'
import { LibraryView } from './library/LibraryView'
import { ReaderTargetProvider } from './library/reader-target'
import { DropOverlay } from './shell/DropOverlay'
import { EmptyView } from './shell/EmptyView'
import { NavRail } from './shell/NavRail'
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
  const [view, setView] = useState<View>('library')
  const importRef = useRef<ImportButtonHandle>(null)
  const toasts = useToasts()

  const openImport = useCallback(() => {
    setView('library')
    // The button mounts with the Library view; wait a frame when switching to it.
    requestAnimationFrame(() => importRef.current?.open())
  }, [])

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
  }, [openImport])

  return (
    <LibraryDataProvider>
      <ReaderTargetProvider>
        <ImportProvider>
          <div className="app">
            <NavRail view={view} onChange={setView} />
            <main className="content">
              {view === 'library' && <LibraryView importRef={importRef} />}
              {view === 'actors' && (
                <EmptyView title="Actors" icon={ActorsIcon} heading="No actors yet">
                  Actors are the ministries, armies, coalitions, armed groups and people your sources name.
                  They will be listed here with their aliases and the passages that mention them.
                </EmptyView>
              )}
              {view === 'notes' && (
                <EmptyView title="Notes" icon={NotesIcon} heading="No notes yet">
                  Notes hold your argument, with quoted passages and named actors. They will be listed here.
                </EmptyView>
              )}
              {view === 'network' && (
                <EmptyView title="Network" icon={NetworkIcon} heading="No ties yet">
                  The coordination network draws the ties between actors, each backed by the passages that
                  show it.
                </EmptyView>
              )}
            </main>
            <StatusBar />
          </div>
          <DropOverlay />
        </ImportProvider>
      </ReaderTargetProvider>
    </LibraryDataProvider>
  )
}
