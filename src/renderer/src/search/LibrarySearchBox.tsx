// The search box in the Library header. Ctrl/Cmd+K or "/" focus it from
// anywhere in the Library (Ctrl+F stays find-in-page for the reader); Escape
// clears it; the down arrow moves into the results.
import { useEffect, useId, type KeyboardEvent } from 'react'
import { focusFirstHit } from './hit-focus'
import { useLibrarySearch } from './library-search-context'

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent)
export const SEARCH_SHORTCUT_LABEL = IS_MAC ? '⌘K' : 'Ctrl+K'

/** Whether a key typed here belongs to the field being typed in, not to a shortcut. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

export function LibrarySearchBox() {
  const { query, setQuery, clear, inputRef } = useLibrarySearch()
  const hintId = useId()

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const modified = event.ctrlKey || event.metaKey
      const commandK = modified && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k'
      const slash = event.key === '/' && !modified && !event.altKey && !isTypingTarget(event.target)
      if (!commandK && !slash) return
      event.preventDefault()
      inputRef.current?.focus()
      inputRef.current?.select()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [inputRef])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault()
      clear()
    } else if (event.key === 'ArrowDown' && focusFirstHit()) {
      event.preventDefault()
    }
  }

  return (
    <div className="library-search" role="search">
      <svg className="library-search-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="10.5" cy="10.5" r="6" />
        <path d="m15 15 5 5" />
      </svg>
      <input
        ref={inputRef}
        type="search"
        className="library-search-input"
        aria-label="Search the library"
        aria-describedby={hintId}
        placeholder="Search titles, text, authors, tags"
        value={query}
        spellCheck={false}
        autoComplete="off"
        dir="auto"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span id={hintId} className="visually-hidden">
        Words must all match. Use quotes for a phrase, OR between alternatives, NOT or a minus sign to leave a
        word out, and an asterisk after the start of a word. Press {SEARCH_SHORTCUT_LABEL} or slash to come
        back here, Escape to clear.
      </span>
      {query ? (
        <button
          type="button"
          className="library-search-clear"
          aria-label="Clear search"
          onClick={() => {
            clear()
            inputRef.current?.focus()
          }}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M7 7l10 10M17 7 7 17" />
          </svg>
        </button>
      ) : (
        <kbd className="library-search-shortcut" aria-hidden="true">
          {SEARCH_SHORTCUT_LABEL}
        </kbd>
      )}
    </div>
  )
}
