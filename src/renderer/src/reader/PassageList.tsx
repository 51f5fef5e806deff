// The source's passages in the side panel, in text order. Only the items near
// the view are drawn (a source may hold thousands), each measured as drawn;
// the selected one is scrolled into view, and the arrow keys move between them.
import { useCallback, useEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Passage } from '@shared/actors'
import { PassageItem } from './PassageItem'

interface PassageListProps {
  passages: Passage[]
  selectedId: number | undefined
  onSelect(passageId: number): void
}

export function PassageList({ passages, selectedId, onSelect }: PassageListProps) {
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: passages.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 8,
    getItemKey: (index) => passages[index]!.id,
  })

  const selectedIndex = passages.findIndex((passage) => passage.id === selectedId)
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])

  /** Focuses the quote of the passage at `index`, drawing it first when it is out of view. */
  const focusAt = useCallback(
    (index: number) => {
      if (index < 0 || index >= passages.length) return
      virtualizer.scrollToIndex(index, { align: 'auto' })
      const focus = (tries: number) => {
        const quote = scroller.current?.querySelector<HTMLElement>(
          `[data-index="${index}"] .reader-passage-quote`,
        )
        if (quote) quote.focus()
        else if (tries > 0) requestAnimationFrame(() => focus(tries - 1))
      }
      focus(3)
    },
    [passages.length, virtualizer],
  )

  return (
    <div ref={scroller} className="reader-panel-scroll">
      <ol
        className="reader-passage-list"
        aria-label="Passages"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const passage = passages[row.index]!
          return (
            <PassageItem
              key={row.key}
              index={row.index}
              count={passages.length}
              top={row.start}
              measure={virtualizer.measureElement}
              passage={passage}
              selected={passage.id === selectedId}
              onSelect={onSelect}
              onFocusAt={focusAt}
            />
          )
        })}
      </ol>
    </div>
  )
}
