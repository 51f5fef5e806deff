// Where the Notes view can send the researcher: the reader at a passage (the
// Library view) and an actor's page (the Actors view). App.tsx owns the views
// and hands NotesView the callbacks; this context passes them to the editor.
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react'
import type { TextRange } from '@shared/models'
import { useReaderTarget } from '../library/reader-target'

export interface NotesNavigation {
  /** Shows the Library view (the reader opens at the reader target). */
  showLibrary(): void
  /** Shows an actor's page. */
  openActor(entityId: number): void
}

export interface NotesNavigationApi {
  openPassage(sourceId: number, range?: TextRange): void
  openActor(entityId: number): void
}

const NotesNavigationContext = createContext<NotesNavigationApi | undefined>(undefined)

export function NotesNavigationProvider({
  navigation,
  children,
}: {
  navigation: NotesNavigation
  children: ReactNode
}) {
  const { openSource } = useReaderTarget()
  // The latest callbacks behind a value that never changes: hundreds of quotes
  // and chips read this context, and App may pass new functions on each render.
  const latest = useRef(navigation)
  useEffect(() => {
    latest.current = navigation
  })
  const value = useMemo<NotesNavigationApi>(
    () => ({
      openPassage: (sourceId, range) => {
        openSource(sourceId, range)
        latest.current.showLibrary()
      },
      openActor: (entityId) => latest.current.openActor(entityId),
    }),
    [openSource],
  )
  return <NotesNavigationContext.Provider value={value}>{children}</NotesNavigationContext.Provider>
}

export function useNotesNavigation(): NotesNavigationApi {
  const value = useContext(NotesNavigationContext)
  if (!value) throw new Error('useNotesNavigation needs a NotesNavigationProvider above it')
  return value
}
