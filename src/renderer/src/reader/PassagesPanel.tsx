// The side panel beside the reader's text (a drawer over it when the reader is
// narrow): the source's passages in text order, and its open mention
// suggestions to accept or reject.
import { useCallback, useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { CloseIcon } from '../common/icons'
import { PassageList } from './PassageList'
import { useReaderPassages, type PanelTab } from './reader-passages'
import { SuggestionList } from './SuggestionList'
import './passages-panel.css'

export function PassagesPanel({ id }: { id: string }) {
  const { passages, suggestions, panelTab, setPanelTab, setPanelOpen, selectedId, selectPassage, error } =
    useReaderPassages()
  const showPassage = useCallback(
    (passageId: number) => selectPassage(passageId, { reveal: true }),
    [selectPassage],
  )
  const element = useRef<HTMLElement>(null)
  const tabs = useId()
  const tabId = (tab: PanelTab) => `${tabs}-${tab}-tab`
  const panelId = (tab: PanelTab) => `${tabs}-${tab}-panel`

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    event.preventDefault()
    const next: PanelTab = panelTab === 'passages' ? 'suggestions' : 'passages'
    setPanelTab(next)
    event.currentTarget.querySelector<HTMLElement>(`#${CSS.escape(tabId(next))}`)?.focus()
  }
  const tab = (name: PanelTab, label: string, count: number | undefined) => (
    <button
      type="button"
      role="tab"
      id={tabId(name)}
      aria-controls={panelId(name)}
      aria-selected={panelTab === name}
      tabIndex={panelTab === name ? 0 : -1}
      className="reader-panel-tab"
      onClick={() => setPanelTab(name)}
    >
      {label}
      {count !== undefined && <span className="reader-panel-tab-count">{count.toLocaleString()}</span>}
    </button>
  )

  // Escape closes the panel (the forms inside handle their own Escape first) and goes back to its button.
  const onPanelKey = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    event.preventDefault()
    setPanelOpen(false)
    document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(id)}"]`)?.focus()
  }

  // Opened as a drawer over the text, it takes the focus (Escape hands it back); beside the
  // text, or when it stays open from one source to the next, the focus stays where it is.
  useEffect(() => {
    const panel = element.current
    const toggle = document.activeElement
    if (!panel || toggle?.getAttribute('aria-controls') !== id) return
    if (getComputedStyle(panel).position !== 'absolute') return
    panel.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus()
  }, [id])

  return (
    <aside
      ref={element}
      id={id}
      className="passages-panel"
      aria-label="Passages and suggestions"
      onKeyDown={onPanelKey}
    >
      <div className="passages-panel-header">
        <div className="reader-panel-tabs" role="tablist" aria-label="Show" onKeyDown={onTabKey}>
          {tab('passages', 'Passages', passages?.length)}
          {tab('suggestions', 'Suggestions', suggestions.length)}
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label="Close the passages panel"
          title="Close"
          onClick={() => setPanelOpen(false)}
        >
          <CloseIcon />
        </button>
      </div>
      {error && (
        <p className="weft-form-error passages-panel-error" role="alert">
          {error}
        </p>
      )}
      <div
        id={panelId(panelTab)}
        role="tabpanel"
        aria-labelledby={tabId(panelTab)}
        className="passages-panel-body"
      >
        {panelTab === 'passages' ? (
          passages === undefined ? (
            <p className="reader-panel-empty">Loading passages…</p>
          ) : passages.length === 0 ? (
            <p className="reader-panel-empty">
              No passages yet. Select words in the text, then choose Highlight, Link to actor or Comment.
            </p>
          ) : (
            <PassageList passages={passages} selectedId={selectedId} onSelect={showPassage} />
          )
        ) : (
          <SuggestionList />
        )}
      </div>
    </aside>
  )
}
