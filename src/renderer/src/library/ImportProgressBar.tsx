// Progress of the import under way, with Cancel when the renderer drives it.
import { useImports } from './import-context'
import './import-progress.css'

export function ImportProgressBar() {
  const { progress, cancel } = useImports()
  if (!progress) return null
  const percent = progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100)
  return (
    <div className="import-progress" role="group" aria-label="Import progress">
      <span className="import-progress-label">
        Importing {progress.done.toLocaleString()} of {progress.total.toLocaleString()}
      </span>
      <progress max={progress.total} value={progress.done} aria-label={`Importing: ${percent}%`} />
      {progress.cancellable && (
        <button type="button" className="button button-quiet import-progress-cancel" onClick={cancel}>
          Cancel
        </button>
      )}
    </div>
  )
}
