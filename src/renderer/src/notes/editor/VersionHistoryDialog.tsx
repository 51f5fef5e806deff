// A note's version history: the versions Weft kept (when, why, how long),
// a preview of the one picked, and restoring it (which can be undone).
import { useEffect, useState } from 'react'
import type { NoteVersion, NoteVersionReason, NoteVersionSummary } from '@shared/notes'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../api/weft-client'
import { Dialog } from '../../library/Dialog'
import { DialogButtons } from '../../library/DialogButtons'
import { useAction } from '../../library/use-action'

const REASONS: Record<NoteVersionReason, string> = {
  autosave: 'Kept while writing',
  'before restore': 'Before a restore',
  imported: 'As imported',
}

const TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function versionTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : TIME.format(date)
}

interface VersionHistoryDialogProps {
  noteId: number
  onRestore(version: NoteVersionSummary): Promise<void>
  onClose(): void
}

export function VersionHistoryDialog({ noteId, onRestore, onClose }: VersionHistoryDialogProps) {
  const api = useApi()
  const action = useAction()
  const [versions, setVersions] = useState<NoteVersionSummary[]>()
  const [picked, setPicked] = useState<number>()
  const [preview, setPreview] = useState<NoteVersion>()

  useEffect(() => {
    api.call('notes:versions', { id: noteId }).then(
      (list) => {
        setVersions(list)
        setPicked(list[0]?.id)
      },
      (error: unknown) => action.setError(`Could not load the history: ${errorMessage(error)}`),
    )
  }, [api, noteId, action])

  useEffect(() => {
    if (picked === undefined) return
    let current = true
    api.call('notes:version', { versionId: picked }).then(
      (version) => current && setPreview(version),
      (error: unknown) => current && action.setError(`Could not open that version: ${errorMessage(error)}`),
    )
    return () => {
      current = false
    }
  }, [api, picked, action])

  const chosen = versions?.find((version) => version.id === picked)
  return (
    <Dialog
      title="Version history"
      className="note-history-dialog"
      description="Weft keeps a version when you come back to a note after a few minutes away, and before every restore."
      onCancel={onClose}
      footer={
        <DialogButtons
          confirmLabel="Restore this version"
          onConfirm={() => chosen && void action.run(() => onRestore(chosen))}
          onCancel={onClose}
          disabled={!chosen || action.busy}
          cancelLabel="Close"
        />
      }
    >
      {action.error && (
        <p className="weft-form-error" role="alert">
          {action.error}
        </p>
      )}
      {versions && versions.length === 0 && (
        <p className="note-history-empty">
          No earlier versions yet. The first one is kept as you write; come back after a few minutes to see
          more.
        </p>
      )}
      {versions && versions.length > 0 && (
        <div className="note-history">
          <ul className="note-history-list" aria-label="Versions">
            {versions.map((version) => (
              <li key={version.id}>
                <button
                  type="button"
                  className="note-history-item"
                  aria-current={version.id === picked ? 'true' : undefined}
                  onClick={() => setPicked(version.id)}
                >
                  <span className="note-history-time">{versionTime(version.createdAt)}</span>
                  <span className="note-history-meta">
                    {REASONS[version.reason]} · {version.wordCount.toLocaleString()} words
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <section className="note-history-preview" aria-label="Preview of the version" tabIndex={0}>
            {preview && preview.id === picked ? (
              <>
                <h3 dir="auto">{preview.title}</h3>
                {preview.plainText
                  .split(/\n{2,}/)
                  .slice(0, 200)
                  .map((paragraph, index) => (
                    <p key={index} dir="auto">
                      {paragraph}
                    </p>
                  ))}
              </>
            ) : (
              <p className="note-history-empty">Opening…</p>
            )}
          </section>
        </div>
      )}
    </Dialog>
  )
}
