// The Library view: the sources list beside the reader, or an invitation to
// import when the library is empty.
import type { RefObject } from 'react'
import { EmptyLibraryIllustration } from '../common/icons'
import { ImportButton, type ImportButtonHandle } from './ImportButton'
import { useLibraryData } from './library-data'
import { Reader } from './Reader'
import { useReaderTarget } from './reader-target'
import { SourceList } from './SourceList'
import './library-view.css'

export function LibraryView({ importRef }: { importRef: RefObject<ImportButtonHandle | null> }) {
  const { sources, error } = useLibraryData()
  const { target, openSource } = useReaderTarget()
  // The opened source while it exists, else the newest one.
  const chosenId = target?.sourceId
  const selectedId = sources?.some((source) => source.id === chosenId) ? chosenId : sources?.[0]?.id

  const count = sources?.length ?? 0
  return (
    <section className="library-view" aria-labelledby="library-heading">
      <header className="view-header">
        <h1 id="library-heading">Library</h1>
        {sources && (
          <span className="view-count">
            {count.toLocaleString()} {count === 1 ? 'source' : 'sources'}
          </span>
        )}
        <div className="view-actions">{count > 0 && <ImportButton ref={importRef} />}</div>
      </header>
      {error && (
        <div className="library-error" role="alert">
          {error}
        </div>
      )}
      {sources && count === 0 && (
        <div className="empty-state">
          <EmptyLibraryIllustration />
          <h2>Your library is empty</h2>
          <p>
            Import the articles, reports and statements you have saved. Weft reads plain text and Markdown
            files. You can also drop files or folders anywhere in this window.
          </p>
          <ImportButton ref={importRef} label="Import files…" />
        </div>
      )}
      {sources && count > 0 && (
        <div className="library-split">
          <div className="library-list-pane">
            <SourceList sources={sources} selectedId={selectedId} onSelect={(id) => openSource(id)} />
          </div>
          <div className="library-reader-pane">
            {selectedId !== undefined && (
              <Reader
                sourceId={selectedId}
                range={target?.sourceId === selectedId ? target.range : undefined}
              />
            )}
          </div>
        </div>
      )}
    </section>
  )
}
