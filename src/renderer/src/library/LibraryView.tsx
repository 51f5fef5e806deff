// The Library view: the sources list beside the reader, or an invitation to
// import when the library is empty.
import type { RefObject } from 'react'
import { EmptyLibraryIllustration } from '../common/icons'
import { ImportButton, type ImportButtonHandle } from './ImportButton'
import { useLibraryData } from './library-data'
import { Reader } from '../reader/Reader'
import { PasteSourceButton } from './paste-button'
import { useReaderTarget } from './reader-target'
import { LibraryFacetsProvider } from './library-facets'
import { SourceDetailsBar } from './SourceDetailsBar'
import { SourceTablePane } from './SourceTablePane'
import { LibrarySearchBox, LibrarySearchProvider, LibrarySearchResults } from '../search/LibrarySearch'
import './library-view.css'

export function LibraryView({ importRef }: { importRef: RefObject<ImportButtonHandle | null> }) {
  return (
    <LibrarySearchProvider>
      <LibraryViewContent importRef={importRef} />
    </LibrarySearchProvider>
  )
}

function LibraryViewContent({ importRef }: { importRef: RefObject<ImportButtonHandle | null> }) {
  const { sources, total, complete, error } = useLibraryData()
  const { target } = useReaderTarget()
  // The opened source while it exists, else the newest one.
  const chosenId = target?.sourceId
  const selectedId = sources?.some((source) => source.id === chosenId) ? chosenId : sources?.[0]?.id
  const selectedSource = sources?.find((source) => source.id === selectedId)

  const count = total ?? 0
  return (
    <section className="library-view" aria-labelledby="library-heading">
      <header className="view-header">
        <h1 id="library-heading">Library</h1>
        {sources && (
          <span className="view-count">
            {count.toLocaleString()} {count === 1 ? 'source' : 'sources'}
          </span>
        )}
        {count > 0 && <LibrarySearchBox />}
        <div className="view-actions">
          <PasteSourceButton />
          {count > 0 && <ImportButton ref={importRef} />}
        </div>
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
            Import the articles, reports and statements you have saved. Weft reads web pages (HTML), PDF, Word
            (DOCX), plain text and Markdown. You can also drop files or folders anywhere in this window.
          </p>
          <ImportButton ref={importRef} label="Import files…" />
        </div>
      )}
      {sources && count > 0 && (
        <LibraryFacetsProvider>
          <div className="library-split">
            <div className="library-list-pane">
              <LibrarySearchResults>
                <SourceTablePane sources={sources} total={count} complete={complete} openedId={selectedId} />
              </LibrarySearchResults>
            </div>
            <div className="library-reader-pane">
              {selectedSource && <SourceDetailsBar source={selectedSource} />}
              {selectedId !== undefined && (
                <Reader
                  sourceId={selectedId}
                  range={target?.sourceId === selectedId ? target.range : undefined}
                />
              )}
            </div>
          </div>
        </LibraryFacetsProvider>
      )}
    </section>
  )
}
