// Everything the reader knows and does about one source's passages and
// suggestions, shared by the text (marks, toolbar, cards) and the side panel:
// the data, the actions, which passage is selected, whether the panel is open.
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
  type RefObject,
} from 'react'
import type { Source } from '@shared/models'
import type { MentionSuggestion, Passage } from '@shared/actors'
import { useNavigation } from '../shell/navigation'
import { MarkIndex } from './mark-index'
import { useActorDirectory, type ActorDirectory } from './use-actor-directory'
import { usePassageActions, type PassageActions } from './use-passage-actions'
import type { SourceAnnotations } from './use-source-annotations'

export type PanelTab = 'passages' | 'suggestions'

export interface ReaderPassages {
  source: Source
  passages: Passage[] | undefined
  suggestions: MentionSuggestion[]
  error: string | undefined
  index: MarkIndex
  actors: ActorDirectory
  actions: PassageActions
  /** The scrolling text, where marks are drawn. */
  scroller: RefObject<HTMLDivElement | null>
  selectedId: number | undefined
  /** Selects a passage (or none); `reveal` scrolls the text to it. */
  selectPassage(id: number | undefined, options?: { reveal?: boolean; openPanel?: boolean }): void
  /** The place last picked in the panel, scrolled to and marked; each pick is a new request. */
  reveal: { start: number; end: number; request: number } | undefined
  revealRange(range: { start: number; end: number }): void
  panelOpen: boolean
  setPanelOpen(open: boolean): void
  panelTab: PanelTab
  setPanelTab(tab: PanelTab): void
  /** A passage waiting for review that the researcher is placing anew: the next selection can take it. */
  relocating: Passage | undefined
  setRelocating(passageId: number | undefined): void
  /** Shows an actor's page (the Actors view). */
  openActor(entityId: number): void
  forgetSuggestion(id: number): void
}

const ReaderPassagesContext = createContext<ReaderPassages | undefined>(undefined)

// Whether the panel is open holds from one source to the next for the session.
let panelOpenPreference = false
const panelListeners = new Set<() => void>()
const panelPreference = {
  subscribe(listener: () => void) {
    panelListeners.add(listener)
    return () => panelListeners.delete(listener)
  },
  get: () => panelOpenPreference,
  set(open: boolean) {
    panelOpenPreference = open
    for (const listener of panelListeners) listener()
  },
}

export function ReaderPassagesProvider({
  source,
  annotations,
  scroller,
  children,
}: {
  source: Source
  /** Fetched by the reader alongside the source itself, so neither waits for the other. */
  annotations: SourceAnnotations
  scroller: RefObject<HTMLDivElement | null>
  children: ReactNode
}) {
  const actors = useActorDirectory()
  const actions = usePassageActions(source.id, actors.byId)
  const { openActor } = useNavigation()
  const [chosenId, setChosenId] = useState<number>()
  const [reveal, setReveal] = useState<ReaderPassages['reveal']>()
  const [panelTab, setPanelTab] = useState<PanelTab>('passages')
  const [relocatingId, setRelocating] = useState<number>()
  const panelOpen = useSyncExternalStore(panelPreference.subscribe, panelPreference.get)
  const { passages, suggestions, error, forgetSuggestion } = annotations

  const index = useMemo(() => new MarkIndex(passages ?? [], suggestions), [passages, suggestions])
  // A selected passage that was deleted is simply no longer selected.
  const selectedId = chosenId !== undefined && index.passage(chosenId) ? chosenId : undefined
  // Placing a passage anew ends once it no longer needs review (or is gone).
  const relocatingPassage = relocatingId === undefined ? undefined : index.passage(relocatingId)
  const relocating = relocatingPassage?.status === 'needs_review' ? relocatingPassage : undefined

  const revealRange = useCallback(
    (range: { start: number; end: number }) =>
      setReveal((current) => ({ start: range.start, end: range.end, request: (current?.request ?? 0) + 1 })),
    [],
  )

  const selectPassage = useCallback<ReaderPassages['selectPassage']>(
    (id, options = {}) => {
      setChosenId(id)
      if (options.openPanel) {
        panelPreference.set(true)
        setPanelTab('passages')
      }
      const passage = id === undefined ? undefined : index.passage(id)
      // The text scrolls to a passage picked in the panel; one clicked in the text is in view already.
      if (options.reveal && passage) revealRange(passage)
      else setReveal(undefined)
    },
    [index, revealRange],
  )

  const value = useMemo<ReaderPassages>(
    () => ({
      source,
      passages,
      suggestions,
      error: error ?? actors.error,
      index,
      actors,
      actions,
      scroller,
      selectedId,
      selectPassage,
      reveal,
      revealRange,
      panelOpen,
      setPanelOpen: panelPreference.set,
      panelTab,
      setPanelTab,
      relocating,
      setRelocating,
      openActor,
      forgetSuggestion,
    }),
    [
      source,
      passages,
      suggestions,
      error,
      index,
      actors,
      actions,
      scroller,
      selectedId,
      selectPassage,
      reveal,
      revealRange,
      panelOpen,
      panelTab,
      relocating,
      openActor,
      forgetSuggestion,
    ],
  )
  return <ReaderPassagesContext.Provider value={value}>{children}</ReaderPassagesContext.Provider>
}

export function useReaderPassages(): ReaderPassages {
  const value = useContext(ReaderPassagesContext)
  if (!value) throw new Error('useReaderPassages needs a ReaderPassagesProvider above it')
  return value
}
