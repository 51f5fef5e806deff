// The reader: a source's text in comfortable type (each block in its own
// direction, PDF page starts marked), opened at a range when asked, with find
// in page, the original file to view or export, and the source's passages and
// suggestions (marks over the text, the panel beside it).
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react'
import type { Source, TextRange } from '@shared/models'
import { errorMessage } from '../api/weft-client'
import { useReaderTarget } from '../library/reader-target'
import { useToasts } from '../shell/toasts'
import { FindBar } from './FindBar'
import { clearHighlight, showHighlight } from './highlights'
import { saveOriginal, useOriginalFile } from './original-file'
import { OriginalErrorBoundary } from './OriginalErrorBoundary'
import { NewVersionButton } from './NewVersionButton'
import { OriginalView } from './OriginalView'
import { PassageLayer } from './PassageLayer'
import { PassagesPanel } from './PassagesPanel'
import { ReaderHeader } from './ReaderHeader'
import { RelocateBar } from './RelocateBar'
import { ExportIcon, FindIcon, PassagesIcon } from './reader-icons'
import { ReaderPassagesProvider, useReaderPassages } from './reader-passages'
import { titleBlockOf } from './reader-layout'
import { ReaderText } from './ReaderText'
import { scrollRangeIntoView, TextPositions } from './text-positions'
import { useFindInText } from './use-find-in-text'
import { useSource } from './use-source'
import { useSourceAnnotations, type SourceAnnotations } from './use-source-annotations'
import { useTextPositions } from './use-text-positions'
import './reader.css'
import './passage-marks.css'

export function Reader({ sourceId, range }: { sourceId: number; range?: TextRange }) {
  const { target } = useReaderTarget()
  const { source, error } = useSource(sourceId)
  const annotations = useSourceAnnotations(sourceId)
  if (error) {
    return (
      <div className="reader-message" role="alert">
        {error}
      </div>
    )
  }
  if (!source) return <div className="reader-message">Opening…</div>
  // Each request to open a place (a search hit, a passage) scrolls there again.
  const request = target?.sourceId === sourceId ? target.request : 0
  return (
    <ReaderDocument
      key={source.id}
      source={source}
      annotations={annotations}
      range={range}
      request={request}
    />
  )
}

type ReaderTab = 'text' | 'original'

interface ReaderDocumentProps {
  source: Source
  range?: TextRange
  request: number
}

function ReaderDocument({ annotations, ...props }: ReaderDocumentProps & { annotations: SourceAnnotations }) {
  const scroller = useRef<HTMLDivElement>(null)
  // The text's element as state as well as a ref: marks are drawn once it is there.
  const [textRoot, setTextRoot] = useState<HTMLDivElement | null>(null)
  const attachScroller = useCallback((element: HTMLDivElement | null) => {
    scroller.current = element
    setTextRoot(element)
  }, [])
  return (
    <ReaderPassagesProvider source={props.source} annotations={annotations} scroller={scroller}>
      <ReaderDocumentView
        {...props}
        scroller={scroller}
        textRoot={textRoot}
        attachScroller={attachScroller}
      />
    </ReaderPassagesProvider>
  )
}

function ReaderDocumentView({
  source,
  range,
  request,
  scroller,
  textRoot,
  attachScroller,
}: ReaderDocumentProps & {
  scroller: RefObject<HTMLDivElement | null>
  textRoot: HTMLDivElement | null
  attachScroller(element: HTMLDivElement | null): void
}) {
  const toasts = useToasts()
  const passages = useReaderPassages()
  const panelId = useId()
  const positions = useTextPositions(textRoot, source)
  const find = useFindInText(source.text, scroller)
  const original = useOriginalFile(source.id)
  const [exporting, setExporting] = useState(false)
  // The chosen tab holds until the next request to open a place, which shows the text.
  const [chosen, setChosen] = useState<{ tab: ReaderTab; request: number }>({ tab: 'text', request })
  const tab = chosen.request === request ? chosen.tab : 'text'
  const { openFind, close: closeFind } = find

  const showTab = useCallback(
    (next: ReaderTab) => {
      setChosen({ tab: next, request })
      if (next === 'original') closeFind()
    },
    [request, closeFind],
  )

  useLayoutEffect(() => {
    const root = scroller.current
    if (!range || !root) return
    const marked = TextPositions.of(root).toDomRange(range)
    if (!marked) return
    showHighlight('weft-target', [marked])
    const stopScrolling = scrollRangeIntoView(root, marked)
    return () => {
      stopScrolling()
      clearHighlight('weft-target')
    }
  }, [range, request, scroller])

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      if (event.key.toLowerCase() !== 'f') return
      event.preventDefault()
      setChosen({ tab: 'text', request })
      openFind()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [openFind, request])

  const exportOriginal = async () => {
    setExporting(true)
    try {
      saveOriginal(await original.load())
    } catch (failure) {
      toasts.show({
        kind: 'error',
        title: `Could not export the original of “${source.title}”`,
        details: [errorMessage(failure)],
      })
    } finally {
      setExporting(false)
    }
  }

  const titleBlock = titleBlockOf(source)
  // Stable across find keystrokes, so the (memoised) text is not drawn again.
  const bodyBlocks = useMemo(
    () => (titleBlock ? source.blocks.slice(1) : source.blocks),
    [source.blocks, titleBlock],
  )
  return (
    <article className="reader" aria-label={`Reader: ${source.title}`}>
      <div className="reader-toolbar">
        <ReaderTabs idPrefix={`reader-${source.id}`} tab={tab} onChange={showTab} />
        <div className="reader-tools">
          <button
            type="button"
            className="button button-quiet"
            aria-keyshortcuts="Control+F"
            aria-expanded={find.open}
            title="Find in text (Ctrl+F)"
            onClick={() => {
              showTab('text')
              openFind()
            }}
          >
            <FindIcon />
            Find
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-expanded={passages.panelOpen}
            aria-controls={passages.panelOpen ? panelId : undefined}
            title="Passages and suggestions in this source"
            onClick={() => passages.setPanelOpen(!passages.panelOpen)}
          >
            <PassagesIcon />
            Passages
            {passages.passages !== undefined && (
              <span className="reader-count">{passages.passages.length.toLocaleString()}</span>
            )}
          </button>
          <NewVersionButton source={source} />
          <button
            type="button"
            className="button"
            disabled={exporting}
            title="Export the original file"
            onClick={() => void exportOriginal()}
          >
            <ExportIcon />
            <span className="reader-tool-label">Export original…</span>
          </button>
        </div>
      </div>
      {find.open && tab === 'text' && <FindBar find={find} />}
      {tab === 'text' && <RelocateBar />}
      <div className="reader-body" data-panel={passages.panelOpen && tab === 'text'}>
        <div
          ref={attachScroller}
          id={`reader-${source.id}-text-panel`}
          className="reader-scroll"
          role="tabpanel"
          aria-labelledby={`reader-${source.id}-text-tab`}
          tabIndex={0}
          hidden={tab !== 'text'}
        >
          <ReaderHeader source={source} titleBlock={titleBlock} />
          <ReaderText text={source.text} blocks={bodyBlocks} />
          {tab === 'text' && <PassageLayer positions={positions} />}
        </div>
        {tab === 'original' && (
          <div
            id={`reader-${source.id}-original-panel`}
            className="reader-scroll reader-original"
            role="tabpanel"
            aria-labelledby={`reader-${source.id}-original-tab`}
            tabIndex={0}
          >
            <OriginalErrorBoundary>
              <OriginalView original={original} />
            </OriginalErrorBoundary>
          </div>
        )}
        {passages.panelOpen && tab === 'text' && <PassagesPanel id={panelId} />}
      </div>
    </article>
  )
}

interface ReaderTabsProps {
  idPrefix: string
  tab: ReaderTab
  onChange(tab: ReaderTab): void
}

function ReaderTabs({ idPrefix, tab, onChange }: ReaderTabsProps) {
  // Arrow keys move between tabs, as the ARIA tabs pattern expects.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    event.preventDefault()
    const next: ReaderTab = tab === 'text' ? 'original' : 'text'
    onChange(next)
    event.currentTarget.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus()
  }
  return (
    <div className="reader-tabs" role="tablist" aria-label="Show" onKeyDown={onKeyDown}>
      {(['text', 'original'] as const).map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={`${idPrefix}-${name}-tab`}
          aria-controls={`${idPrefix}-${name}-panel`}
          data-tab={name}
          aria-selected={tab === name}
          tabIndex={tab === name ? 0 : -1}
          className="reader-tab"
          onClick={() => onChange(name)}
        >
          {name === 'text' ? 'Text' : 'Original'}
        </button>
      ))}
    </div>
  )
}
