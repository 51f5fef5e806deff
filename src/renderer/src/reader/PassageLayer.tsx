// Everything drawn over the reader's text about passages: the highlights and
// dotted suggestions, the toolbar over a selection, the card beside a mark
// under the pointer or reached by keyboard (Alt+Down/Up move between marks),
// and the shortcuts that act on the selection.
import { useEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { MentionSuggestion, Passage } from '@shared/actors'
import type { TextRange } from '@shared/models'
import type { TieFields } from '@shared/network/ties'
import { AddTieDialog } from '../network'
import { isTextEntry } from '../shell/undo/undo-keys'
import { clearHighlight, showHighlight } from './highlights'
import type { MarkRef, MarksAt } from './mark-index'
import { MarkCard, type MarkCardState } from './MarkCard'
import { useReaderPassages } from './reader-passages'
import { SelectionToolbar, TOOLBAR_SHORTCUTS, type ToolbarMode } from './SelectionToolbar'
import { selectedRange } from './text-hits'
import { scrollRangeIntoView, type TextPositions } from './text-positions'
import { useMarkPainting } from './use-mark-painting'
import { useMarkPointer } from './use-mark-pointer'
import { extendSelectionByKey, useTextSelection } from './use-text-selection'

/** How long the pointer rests on a mark before its card shows: passing over text shows nothing. */
const HOVER_DELAY_MS = 350
/** How long a hover card lingers after the pointer leaves, so it can be reached. */
const HOVER_GRACE_MS = 300
/** Widgets whose arrow keys are their own, never a selection's. */
const OWN_ARROWS = [
  'tablist',
  'toolbar',
  'listbox',
  'combobox',
  'radiogroup',
  'grid',
  'treegrid',
  'tree',
  'menu',
  'menubar',
  'slider',
  'spinbutton',
]
  .map((role) => `[role="${role}"]`)
  .join(', ')

interface PassageLayerProps {
  positions: () => TextPositions | undefined
}

export function PassageLayer({ positions }: PassageLayerProps) {
  const model = useReaderPassages()
  const { scroller, source, index, passages, suggestions, selectedId, selectPassage, actions, reveal } = model
  const selection = useTextSelection(scroller, positions, source.text)
  const [mode, setMode] = useState<ToolbarMode>('buttons')
  const [latched, setLatched] = useState<TextRange>()
  const [card, setCard] = useState<MarkCardState>()
  const [announcement, setAnnouncement] = useState('')
  /** The passage an "Add tie" dialog is open for, as its evidence. */
  const [tieEvidence, setTieEvidence] = useState<Passage>()
  const highlightRef = useRef<(() => void) | undefined>(undefined)
  const hideTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const toolbarRange = mode === 'buttons' ? selection.range : latched

  const openMode = (next: ToolbarMode, range = toolbarRange) => {
    if (next !== 'buttons' && range) setLatched(range)
    if (next === 'buttons' && latched) reselect(positions, latched, scroller.current)
    setMode(next)
  }
  const closeToolbar = () => {
    setMode('buttons')
    setLatched(undefined)
    selection.clear()
    scroller.current?.focus({ preventScroll: true })
  }

  const selected = selectedId === undefined ? undefined : index.passage(selectedId)
  const active = useMemo(
    () => [selected, card?.anchor, reveal].filter((range): range is TextRange => range !== undefined),
    [selected, card, reveal],
  )
  useMarkPainting(positions, passages, suggestions, active)

  // The words the toolbar acts on stay marked while its fields have focus (the selection is gone then).
  useEffect(() => {
    const range = mode === 'buttons' ? undefined : latched && positions()?.toDomRange(latched)
    if (!range) return
    showHighlight('weft-pending', [range])
    return () => clearHighlight('weft-pending')
  }, [mode, latched, positions])

  useEffect(() => {
    const root = scroller.current
    const range = reveal && positions()?.toDomRange(reveal)
    if (root && range) return scrollRangeIntoView(root, range)
  }, [reveal, positions, scroller])

  const cancelHide = () => clearTimeout(hideTimer.current)
  const hideSoon = () => {
    cancelHide()
    hideTimer.current = setTimeout(
      () => setCard((current) => (current?.pinned ? current : undefined)),
      HOVER_GRACE_MS,
    )
  }
  useEffect(() => () => clearTimeout(hideTimer.current), [])

  useMarkPointer(scroller, positions, index, {
    onHover: (marks) => {
      if (card?.pinned) return
      const shown = cardFor(marks, false)
      if (!shown) return hideSoon()
      cancelHide()
      // Moving from one mark to the next while a card is up shows the next at once.
      hideTimer.current = setTimeout(() => setCard(shown), card ? 0 : HOVER_DELAY_MS)
    },
    onOverFloating: cancelHide,
    onPress: () => {
      cancelHide()
      setCard((current) => (current?.pinned ? current : undefined))
    },
    onClick: (marks) => {
      if (marks.suggestions.length > 0) {
        setCard(cardFor(marks, true))
      } else if (marks.passages[0]) {
        setCard(undefined)
        selectPassage(marks.passages[0].id, { openPanel: true })
      } else {
        setCard(undefined)
      }
    },
  })

  const stepMark = (direction: 1 | -1) => {
    const root = scroller.current
    const current = card?.pinned && card.refs.length === 1 ? card.refs[0] : undefined
    const top = root ? (positions()?.offsetAtTop(root.getBoundingClientRect().top) ?? 0) : 0
    const next = index.step(direction, current, top)
    const range = next && index.rangeOf(next)
    if (!next || !range) {
      setAnnouncement(direction === 1 ? 'No more marks after this one' : 'No marks before this one')
      return
    }
    const kind = next.kind === 'passage' ? 'Passage' : 'Suggestion'
    const { index: at, count } = index.position(next)
    setCard({
      refs: [next],
      anchor: range,
      pinned: true,
      takeFocus: true,
      position: `${kind} ${at} of ${count}`,
    })
    model.revealRange(range)
  }

  const stepMarkRef = useLatest(stepMark)
  const openModeRef = useLatest(openMode)
  const toolbarRangeRef = useLatest(toolbarRange)
  const refreshRef = useLatest(selection.refresh)
  const textRef = useLatest(source.text)
  // Keys over the text: move between marks; make or extend a selection; the toolbar's shortcuts.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const root = scroller.current
      const mapped = positions()
      if (!root || !mapped || !root.isConnected) return
      const target = event.target instanceof Element ? event.target : null
      const inReader = target !== null && root.contains(target)
      if (inReader && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault()
          stepMarkRef.current(event.key === 'ArrowDown' ? 1 : -1)
        }
        return
      }
      if (isTextEntry(target) || target?.closest(OWN_ARROWS)) return
      const shortcut = (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey
      const action = shortcut ? TOOLBAR_SHORTCUTS[event.key.toLowerCase()] : undefined
      // The selection as it is now: its 'selectionchange' may not have come yet (find just closed).
      const selected = action
        ? (toolbarRangeRef.current ?? selectedRange(mapped, textRef.current))
        : undefined
      if (action && selected) {
        event.preventDefault()
        if (action === 'highlight') {
          // Draw the toolbar for this selection at once, then press its Highlight.
          flushSync(() => refreshRef.current())
          highlightRef.current?.()
        } else {
          openModeRef.current(action, selected)
        }
        return
      }
      if (inReader || target === document.body || toolbarRangeRef.current) {
        // Read the extended selection now, so the next key already acts on it.
        if (extendSelectionByKey(event, mapped, root)) flushSync(() => refreshRef.current())
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [scroller, positions, stepMarkRef, openModeRef, toolbarRangeRef, refreshRef, textRef])

  const closeCard = (returnFocus: boolean) => {
    setCard(undefined)
    if (returnFocus) scroller.current?.focus({ preventScroll: true })
  }
  const accept = async (suggestion: MentionSuggestion) => {
    const passage = await actions.accept(suggestion.id)
    if (!passage) return
    model.forgetSuggestion(suggestion.id)
    closeCard(true)
    setAnnouncement(`Accepted “${suggestion.exact}”: it is a passage now`)
  }
  const reject = async (suggestion: MentionSuggestion) => {
    if (!(await actions.reject(suggestion))) return
    model.forgetSuggestion(suggestion.id)
    closeCard(true)
    setAnnouncement(`Rejected the suggestion “${suggestion.exact}”`)
  }

  return (
    <>
      {toolbarRange && (
        <SelectionToolbar
          range={toolbarRange}
          mode={mode}
          positions={positions}
          highlightRef={highlightRef}
          onModeChange={openMode}
          onCancel={closeToolbar}
          onAddTie={setTieEvidence}
          onDone={(passage, message) => {
            closeToolbar()
            selectPassage(passage.id)
            setAnnouncement(message)
          }}
        />
      )}
      {card && (
        <MarkCard
          card={card}
          positions={positions}
          onClose={closeCard}
          onHoverChange={(inside) => (inside ? cancelHide() : hideSoon())}
          onSelectPassage={(passage) => {
            closeCard(false)
            selectPassage(passage.id, { openPanel: true })
          }}
          onAccept={(suggestion) => void accept(suggestion)}
          onReject={(suggestion) => void reject(suggestion)}
        />
      )}
      {tieEvidence && (
        <AddTieDialog
          initial={tieStart(tieEvidence)}
          onSaved={() => {
            setTieEvidence(undefined)
            setAnnouncement('Tie recorded, with the passage as its evidence')
          }}
          onCancel={() => setTieEvidence(undefined)}
        />
      )}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </>
  )
}

/** A tie from a passage starts with it as evidence, between its first two actors when it names them. */
function tieStart(passage: Passage): Partial<TieFields> {
  const [fromId, toId] = passage.entityIds
  return {
    evidenceIds: [passage.id],
    ...(fromId === undefined ? {} : { fromId }),
    ...(toId === undefined ? {} : { toId }),
  }
}

function cardFor(marks: MarksAt, pinned: boolean): MarkCardState | undefined {
  const refs: MarkRef[] = [
    ...marks.suggestions.map((suggestion): MarkRef => ({ kind: 'suggestion', id: suggestion.id })),
    ...marks.passages.map((passage): MarkRef => ({ kind: 'passage', id: passage.id })),
  ]
  const anchor = marks.suggestions[0] ?? marks.passages[0]
  if (!anchor) return undefined
  return { refs, anchor: { start: anchor.start, end: anchor.end }, pinned, takeFocus: pinned }
}

/** Puts the document's selection back on a range (after a popover took focus away). */
function reselect(
  positions: () => TextPositions | undefined,
  range: TextRange,
  root: HTMLElement | null,
): void {
  const dom = positions()?.toDomRange(range)
  if (!dom) return
  root?.focus({ preventScroll: true })
  const selection = document.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(dom)
}

/** A ref that always holds the latest value, for listeners set up once. */
function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value)
  useEffect(() => {
    ref.current = value
  })
  return ref
}
