// The strip above the reader: what the reader's header does not show about the
// open source (kind, language, site, collections) and the Edit details button
// (also Ctrl/Cmd+E anywhere in the Library view).
import { useEffect, useState } from 'react'
import type { SourceSummary } from '@shared/models'
import { useLibraryFacets } from './library-facets'
import { MetadataEditor } from './MetadataEditor'
import { KIND_LABELS } from './source-kinds'
import './source-details-bar.css'

export function SourceDetailsBar({ source }: { source: SourceSummary }) {
  const [editing, setEditing] = useState(false)
  const { collections } = useLibraryFacets()

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      if (event.key.toLowerCase() !== 'e' || document.querySelector('dialog[open]')) return
      event.preventDefault()
      setEditing(true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // The reader's header shows authors, publisher and date; this strip adds what it does not.
  const collectionNames = collections.filter((c) => source.collectionIds.includes(c.id)).map((c) => c.name)
  const facts = [
    KIND_LABELS[source.kind],
    source.language,
    source.url ? hostOf(source.url) : null,
    collectionNames.length > 0 ? `In ${collectionNames.join(', ')}` : null,
  ].filter((fact): fact is string => Boolean(fact))
  const sparse = source.authors.length === 0 && !source.publisher && !source.publishedDate

  return (
    <div className="source-details-bar">
      <div className="source-details-facts" role="group" aria-label="Details of the open source">
        {facts.map((fact, index) => (
          <span key={index} dir="auto">
            {fact}
          </span>
        ))}
        {sparse && <span className="source-details-hint">No author, publisher or date yet</span>}
      </div>
      <button
        type="button"
        className="button source-details-edit"
        aria-keyshortcuts="Control+E Meta+E"
        title="Edit details (Ctrl+E)"
        onClick={() => setEditing(true)}
      >
        Edit details
      </button>
      {editing && <MetadataEditor key={source.id} source={source} onClose={() => setEditing(false)} />}
    </div>
  )
}

/** The site a URL points to, which is what a reader recognises; the whole URL if it does not parse. */
function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '') || url
  } catch {
    return url
  }
}
