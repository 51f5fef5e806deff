// How a quoted passage looks in a note: the text as quoted, its citation
// (title, publisher, date), and a warning when the library's passage has
// changed or gone since. Clicking the text opens the reader at the passage.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getNodeByKey, type NodeKey } from 'lexical'
import { readableQuote, type QuotablePassage } from '@shared/notes'
import { formatPartialDate } from '../../reader/partial-date'
import { useNotesNavigation } from '../notes-navigation'
import { useLivePassage } from '../editor/quote-states'
import { $isPassageQuoteNode } from './PassageQuoteNode'

export type QuoteStatus = 'checking' | 'current' | 'changed' | 'deleted'

export function quoteStatus(quoted: QuotablePassage, live: QuotablePassage | null | undefined): QuoteStatus {
  if (live === undefined) return 'checking'
  if (live === null) return 'deleted'
  return live.exact === quoted.exact ? 'current' : 'changed'
}

export function PassageQuoteView({ nodeKey, passage }: { nodeKey: NodeKey; passage: QuotablePassage }) {
  const [editor] = useLexicalComposerContext()
  const live = useLivePassage(passage.passageId)
  const status = quoteStatus(passage, live)
  const { openPassage } = useNotesNavigation()
  const { citation } = passage

  const open = () => {
    // The passage where it is now (it may have moved when its source's text was replaced).
    const at = live ?? passage
    openPassage(citation.sourceId, live === null ? undefined : { start: at.start, end: at.end })
  }

  const takeCurrentText = () => {
    if (!live) return
    editor.update(() => {
      const node = $getNodeByKey(nodeKey)
      if ($isPassageQuoteNode(node)) node.setPassage(live)
    })
  }

  const details = [
    citation.publisher,
    citation.publishedDate && formatPartialDate(citation.publishedDate),
  ].filter(Boolean)
  return (
    // The figure takes the quote's direction: an Arabic quote has its bar and citation on the right.
    <figure className={`note-quote note-quote-${status}`} data-passage-id={passage.passageId} dir="auto">
      <blockquote className="note-quote-text" dir="auto" onClick={open} title="Open in the reader">
        {readableQuote(passage.exact)}
      </blockquote>
      <figcaption className="note-quote-citation">
        <span className="note-quote-source">
          <cite dir="auto">{citation.title}</cite>
          {details.length > 0 && <span className="note-quote-details">{details.join(' · ')}</span>}
        </span>
        <button type="button" className="note-quote-open" tabIndex={-1} onClick={open}>
          Open in reader
        </button>
      </figcaption>
      {status === 'changed' && live && (
        <p className="note-quote-warning" role="note">
          The passage has changed since it was quoted. It now reads: “{readableQuote(live.exact)}”
          <button type="button" className="note-quote-update" tabIndex={-1} onClick={takeCurrentText}>
            Quote the current text
          </button>
        </p>
      )}
      {status === 'deleted' && (
        <p className="note-quote-warning" role="note">
          The passage has been deleted from the library since it was quoted; the quote keeps its text as it
          was.
        </p>
      )}
    </figure>
  )
}
