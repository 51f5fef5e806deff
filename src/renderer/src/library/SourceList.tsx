// The list of sources: virtualised so 100,000 rows scroll smoothly, a listbox
// for keyboard and screen readers (arrows, Home, End).
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { formatBytes } from '@shared/limits'
import type { SourceSummary } from '@shared/models'
import { formatDate } from '../common/format-date'
import './source-list.css'

const ROW_HEIGHT = 58

interface SourceListProps {
  sources: SourceSummary[]
  selectedId: number | undefined
  onSelect(id: number): void
}

export function SourceList({ sources, selectedId, onSelect }: SourceListProps) {
  const scroller = useRef<HTMLDivElement>(null)
  // TanStack Virtual returns fresh functions each render by design; the compiler skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sources.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const selectedIndex = sources.findIndex((source) => source.id === selectedId)

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = sources.length - 1
    const targets: Record<string, number> = {
      ArrowDown: Math.min(last, selectedIndex + 1),
      ArrowUp: Math.max(0, selectedIndex - 1),
      Home: 0,
      End: last,
      PageDown: Math.min(last, selectedIndex + 10),
      PageUp: Math.max(0, selectedIndex - 10),
    }
    const target = targets[event.key]
    if (target === undefined || last < 0) return
    event.preventDefault()
    onSelect(sources[target]!.id)
  }

  return (
    <div
      ref={scroller}
      className="source-list"
      role="listbox"
      aria-label="Sources"
      tabIndex={0}
      aria-activedescendant={selectedId === undefined ? undefined : `source-option-${selectedId}`}
      onKeyDown={move}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const source = sources[row.index]!
          return (
            <div
              key={source.id}
              id={`source-option-${source.id}`}
              role="option"
              aria-selected={source.id === selectedId}
              aria-setsize={sources.length}
              aria-posinset={row.index + 1}
              className="source-row"
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              onClick={() => onSelect(source.id)}
            >
              <div className="source-row-title" dir="auto">
                {source.title}
              </div>
              <div className="source-row-meta">
                <span className="source-row-file">{source.fileName}</span>
                <span aria-hidden="true">·</span>
                <span>{formatBytes(source.byteSize)}</span>
                <span aria-hidden="true">·</span>
                <span>{formatDate(source.importedAt)}</span>
              </div>
            </div>
          )
        })}
      </div>
    </div>
  )
}
