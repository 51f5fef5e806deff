// The find bar above the reader's text: type to find, Enter and Shift+Enter
// (or the arrows) to move between matches, Escape to close.
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { CloseIcon } from '../common/icons'
import { FindIcon, NextIcon, PreviousIcon } from './reader-icons'
import type { FindInText } from './use-find-in-text'
import './find-bar.css'

export function FindBar({ find }: { find: FindInText }) {
  const input = useRef<HTMLInputElement>(null)
  const { focusRequest } = find

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [focusRequest])

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      find.close(true)
    } else if (event.key === 'Enter' && event.target === input.current) {
      event.preventDefault()
      if (event.shiftKey) find.previous()
      else find.next()
    }
  }

  const count = find.matches.ranges.length
  const none = count === 0
  return (
    <div className="find-bar" role="search" aria-label="Find in text" onKeyDown={onKeyDown}>
      <label className="find-field">
        <FindIcon />
        <input
          ref={input}
          type="text"
          value={find.query}
          onChange={(event) => find.setQuery(event.target.value)}
          placeholder="Find in text"
          aria-label="Find in text"
          spellCheck={false}
          autoComplete="off"
        />
      </label>
      <span className="find-count" role="status">
        {countLabel(find)}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match"
        aria-keyshortcuts="Shift+Enter"
        title="Previous match (Shift+Enter)"
        disabled={none}
        onClick={find.previous}
      >
        <PreviousIcon />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Next match"
        aria-keyshortcuts="Enter"
        title="Next match (Enter)"
        disabled={none}
        onClick={find.next}
      >
        <NextIcon />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Close find"
        aria-keyshortcuts="Escape"
        title="Close (Escape)"
        onClick={() => find.close(true)}
      >
        <CloseIcon />
      </button>
    </div>
  )
}

function countLabel({ query, matches, current }: FindInText): string {
  if (query.trim().length === 0) return ''
  if (matches.ranges.length === 0) return 'No matches'
  const total = `${matches.ranges.length.toLocaleString()}${matches.truncated ? '+' : ''}`
  return `${(current + 1).toLocaleString()} of ${total}`
}
