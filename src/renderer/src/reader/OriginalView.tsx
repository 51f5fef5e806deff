// The original file as it was imported: a PDF as its pages, text, Markdown and
// HTML as plain text (HTML is never rendered), anything else as a note with
// the way to export it.
import { lazy, Suspense, useEffect, useMemo } from 'react'
import { formatBytes } from '@shared/limits'
import type { OriginalFile } from '@shared/models'
import { decodeOriginalText, originalKind, type OriginalFileState } from './original-file'
import './original-view.css'

// pdf.js is large: it loads the first time a PDF original is opened, not with the app.
const PdfPages = lazy(() => import('./PdfPages'))

/** Beyond this, plain text is cut for showing; the export has it all. */
const MAX_SHOWN_CHARACTERS = 2_000_000

export function OriginalView({ original }: { original: OriginalFileState }) {
  const { file, error, load } = original
  useEffect(() => {
    // Failures land in `error`, shown below.
    load().catch(() => undefined)
  }, [load])

  if (error) {
    return (
      <p className="original-message" role="alert">
        Weft could not read the original file: {error}
      </p>
    )
  }
  if (!file) return <p className="original-message">Opening the original file…</p>
  return (
    <div className="original">
      <p className="original-caption">
        {file.fileName} · {file.mediaType} · {formatBytes(file.data.byteLength)}
      </p>
      <OriginalContent file={file} />
    </div>
  )
}

function OriginalContent({ file }: { file: OriginalFile }) {
  switch (originalKind(file)) {
    case 'pdf':
      return (
        <Suspense fallback={<p className="original-message">Opening the PDF…</p>}>
          <PdfPages data={file.data} fileName={file.fileName} />
        </Suspense>
      )
    case 'text':
      return <TextOriginal data={file.data} />
    default:
      return (
        <p className="original-message">
          Weft cannot show a {file.mediaType} file here. Its extracted text is under Text; export the original
          to open it in the program it came from.
        </p>
      )
  }
}

function TextOriginal({ data }: { data: Uint8Array }) {
  const text = useMemo(() => decodeOriginalText(data), [data])
  const cut = text.length > MAX_SHOWN_CHARACTERS
  return (
    <>
      {cut && (
        <p className="original-message">
          Showing the first {MAX_SHOWN_CHARACTERS.toLocaleString()} of {text.length.toLocaleString()}{' '}
          characters. Export the original to see all of it.
        </p>
      )}
      <pre className="original-text" dir="auto">
        {cut ? text.slice(0, MAX_SHOWN_CHARACTERS) : text}
      </pre>
    </>
  )
}
