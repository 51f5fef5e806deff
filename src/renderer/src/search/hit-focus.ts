// Moving keyboard focus through the search results: the hits are buttons in a
// list; the arrows, Home and End move between them, and up from the first
// goes back to the search box.
const HIT_SELECTOR = '.search-hit-list .search-hit'

function hits(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(HIT_SELECTOR)]
}

/** Focuses the first hit; false when there is none. */
export function focusFirstHit(): boolean {
  const first = hits()[0]
  first?.focus()
  return first !== undefined
}

/**
 * Focuses the hit `key` leads to from `current`. Returns 'moved', 'above'
 * (up from the first hit: the caller returns to the box) or 'ignored'.
 */
export function moveHitFocus(current: HTMLElement, key: string): 'moved' | 'above' | 'ignored' {
  const all = hits()
  const index = all.indexOf(current)
  if (index < 0) return 'ignored'
  if (key === 'ArrowUp' && index === 0) return 'above'
  const targets: Record<string, number> = {
    ArrowDown: Math.min(all.length - 1, index + 1),
    ArrowUp: index - 1,
    Home: 0,
    End: all.length - 1,
    PageDown: Math.min(all.length - 1, index + 8),
    PageUp: Math.max(0, index - 8),
  }
  const target = targets[key]
  if (target === undefined) return 'ignored'
  all[target]?.focus()
  return 'moved'
}
