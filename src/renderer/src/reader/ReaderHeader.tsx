// The top of the reader: the title, who published it and when, and where it
// came from. When the text opens with its own headline, the title stands for
// that block (it carries the block's offsets), so marks can land on it.
import { formatBytes } from '@shared/limits'
import type { Source, TextBlock } from '@shared/models'
import { formatDate } from '../common/format-date'
import { formatPartialDate } from './partial-date'

export function ReaderHeader({ source, titleBlock }: { source: Source; titleBlock: TextBlock | undefined }) {
  const byline = [
    source.authors.join(', '),
    source.publisher,
    source.publishedDate && formatPartialDate(source.publishedDate),
  ].filter((part): part is string => Boolean(part))
  return (
    <header className="reader-header">
      <h2
        className="reader-title"
        dir="auto"
        {...(titleBlock && { 'data-start': titleBlock.start, 'data-end': titleBlock.end })}
      >
        {source.title}
      </h2>
      {byline.length > 0 && (
        <p className="reader-byline" dir="auto">
          {byline.join(' · ')}
        </p>
      )}
      <p className="reader-meta">
        <span className="reader-file" dir="auto">
          {source.fileName}
        </span>
        <span aria-hidden="true"> · </span>
        {formatBytes(source.byteSize)}
        <span aria-hidden="true"> · </span>
        imported {formatDate(source.importedAt)}
      </p>
    </header>
  )
}
