// Moving between views: which view shows, and which actor or note it opens.
// Views call these instead of knowing about each other.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { TextRange } from '@shared/models'
import { useReaderTarget } from '../library/reader-target'
import type { View } from './views'

export interface Navigation {
  view: View
  showView(view: View): void
  /** The actor the Actors view shows (undefined: its first). */
  actorId: number | undefined
  openActor(id: number): void
  /** The note the Notes view should open next (undefined: its own choice). */
  noteId: number | undefined
  openNote(id: number): void
  /** The Library view with the reader at a source, optionally at a span of its text. */
  openSourceAt(sourceId: number, range?: TextRange): void
}

const NavigationContext = createContext<Navigation | undefined>(undefined)

export function NavigationProvider({ children }: { children: ReactNode }) {
  const { openSource } = useReaderTarget()
  const [view, showView] = useState<View>('library')
  const [actorId, setActorId] = useState<number>()
  const [noteId, setNoteId] = useState<number>()
  const openActor = useCallback((id: number) => {
    setActorId(id)
    showView('actors')
  }, [])
  const openNote = useCallback((id: number) => {
    setNoteId(id)
    showView('notes')
  }, [])
  const openSourceAt = useCallback(
    (sourceId: number, range?: TextRange) => {
      openSource(sourceId, range)
      showView('library')
    },
    [openSource],
  )
  const value = useMemo(
    () => ({ view, showView, actorId, openActor, noteId, openNote, openSourceAt }),
    [view, actorId, openActor, noteId, openNote, openSourceAt],
  )
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext)
  if (!value) throw new Error('useNavigation needs a NavigationProvider above it')
  return value
}
