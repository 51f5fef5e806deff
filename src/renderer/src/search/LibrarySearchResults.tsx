// While a query is typed, the search results take the sources table's place:
// hits best first, each its title, where it comes from and a snippet with the
// matches marked. Activating a hit opens the reader at the match.
import { useId, useMemo, type KeyboardEvent, type ReactNode } from 'react'
import type { SearchHit, SearchResults, SourceSummary } from '@shared/models'
import { useLibraryData } from '../library/library-data'
import { useReaderTarget } from '../library/reader-target'
import { NoteSearchHits } from '../notes/NoteSearchHits'
import { HighlightedSnippet } from './HighlightedSnippet'
import { moveHitFocus } from './hit-focus'
import { MAX_HITS, useLibrarySearch } from './library-search-context'
import { SearchTips } from './SearchTips'
import './library-search.css'

/** The search results while a query is typed, else `children` (the sources table). */
export function LibrarySearchResults({ children }: { children: ReactNode }) {
  const search = useLibrarySearch()
  if (!search.active) return <>{children}</>
  return <SearchResultsPanel />
}

function SearchResultsPanel() {
  const { query, results, pending, error, limit, showMore, clear, inputRef } = useLibrarySearch()
  const { sources } = useLibraryData()
  const { target, openSource } = useReaderTarget()
  const summaries = useMemo(() => new Map(sources?.map((source) => [source.id, source])), [sources])
  const hits = results?.hits ?? []

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!(event.target instanceof HTMLElement)) return
    if (event.key === 'Escape') {
      event.preventDefault()
      inputRef.current?.focus()
      return
    }
    const moved = moveHitFocus(event.target, event.key)
    if (moved === 'ignored') return
    event.preventDefault()
    if (moved === 'above') inputRef.current?.focus()
  }

  return (
    <div className="search-results" aria-busy={pending} data-pending={pending || undefined}>
      <div className="search-results-header">
        <p className="search-summary" role="status">
          {!results || pending ? 'Searching…' : <ResultsSummary results={results} limit={limit} />}
        </p>
        {results && !pending && <span className="search-timing">{results.tookMs.toFixed(0)} ms</span>}
      </div>
      {error && (
        <div className="search-error" role="alert">
          The search failed: {error}
        </div>
      )}
      <NoteSearchHits query={query} />
      {results && hits.length === 0 && !pending && !error && (
        <div className="search-empty">
          <h2>
            Nothing matches “<bdi>{query.trim()}</bdi>”
          </h2>
          <SearchTips />
          <button type="button" className="button" onClick={clear}>
            Clear the search
          </button>
        </div>
      )}
      {hits.length > 0 && (
        <ul className="search-hit-list" aria-label="Search results" onKeyDown={onKeyDown}>
          {hits.map((hit) => (
            <SearchHitItem
              key={hit.sourceId}
              hit={hit}
              summary={summaries.get(hit.sourceId)}
              opened={target?.sourceId === hit.sourceId}
              onOpen={() => openSource(hit.sourceId, hit.match ?? undefined)}
            />
          ))}
        </ul>
      )}
      {hits.length === limit && limit < MAX_HITS && !pending && (
        <div className="search-more">
          <button type="button" className="button" onClick={showMore}>
            Show up to {MAX_HITS} results
          </button>
        </div>
      )}
    </div>
  )
}

/** "12 results for “coalition”, best first": what the list shows, and for which query. */
function ResultsSummary({ results, limit }: { results: SearchResults; limit: number }) {
  const count = results.hits.length
  const counted =
    count === 0
      ? 'No results'
      : count === 1
        ? '1 result'
        : count === limit
          ? `The best ${count} results`
          : `${count} results`
  return (
    <>
      {counted} for “<bdi>{results.query}</bdi>”{count > 1 && count < limit ? ', best first' : ''}
    </>
  )
}

function SearchHitItem({
  hit,
  summary,
  opened,
  onOpen,
}: {
  hit: SearchHit
  summary: SourceSummary | undefined
  opened: boolean
  onOpen(): void
}) {
  const titleId = useId()
  const snippetId = useId()
  const origin = [summary?.publisher, summary?.publishedDate, summary?.fileName].filter(Boolean).join(' · ')
  return (
    <li>
      <button
        type="button"
        className="search-hit"
        aria-labelledby={titleId}
        aria-describedby={snippetId}
        aria-current={opened ? 'true' : undefined}
        onClick={onOpen}
      >
        <span id={titleId} className="search-hit-title" dir="auto">
          {hit.title}
        </span>
        {origin && (
          <span className="search-hit-origin" dir="auto">
            {origin}
          </span>
        )}
        <span id={snippetId} className="search-hit-snippet" dir="auto">
          <HighlightedSnippet text={hit.snippet} highlights={hit.highlights} />
        </span>
      </button>
    </li>
  )
}
