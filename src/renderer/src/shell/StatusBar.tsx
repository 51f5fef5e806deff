// The status bar: which library is open, how much is in it, imports under way.
import { ImportProgressBar } from '../library/ImportProgressBar'
import { useLibraryData } from '../library/library-data'

export function StatusBar() {
  const { info } = useLibraryData()
  return (
    <footer className="status-bar" aria-label="Status">
      <span className="status-library" title={info?.library.path}>
        {info ? `Library: ${info.library.fileName}` : 'Opening library…'}
      </span>
      {info && (
        <span>
          {info.library.sourceCount.toLocaleString()} {info.library.sourceCount === 1 ? 'source' : 'sources'}
        </span>
      )}
      <span className="status-spacer" />
      <ImportProgressBar />
      {info && (
        <span>{info.shell === 'desktop' ? `Weft ${info.version}` : `Weft ${info.version} · web shell`}</span>
      )}
    </footer>
  )
}
