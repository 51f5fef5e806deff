// The Library view: the sources list beside the reader, or an invitation to
// import when the library is empty.
import { useState, type RefObject } from 'react'
import { EmptyLibraryIllustration } from '../common/icons'
import { ImportButton, type ImportButtonHandle } from './ImportButton'
import { useLibraryData } from './library-data'
import { Reader } from './Reader'
import { SourceList } from './SourceList'
import './library-view.css'

export function LibraryView({ importRef }: { importRef: RefObject<ImportButtonHandle | null> }) {
  const { sources, error } = useLibraryData()
  const [chosenId, setSelectedId] = useState<number>()
  // The chosen source while it exists, else the newest one.
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
            <SourceList sources={sources} selectedId={selectedId} onSelect={setSelectedId} />
          </div>
          <div className="library-reader-pane">
            {selectedId !== undefined && <Reader sourceId={selectedId} />}
          </div>
        </div>
      )}
    </section>
  )
}
