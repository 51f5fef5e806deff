// A note's version history: list the kept versions, read one, and restore
// one. Restoring first keeps the note as it is, so the restore can be undone
// by restoring that version in turn.
import type { NoteVersion, NoteVersionSummary, RestoredVersion } from '@shared/notes'
import { WeftError } from '../core/weft-error'
import type { NoteVersionsRepository } from '../db/note-versions-repository'
import type { NotesRepository } from '../db/notes-repository'
import { notFound, type NotesService } from './notes-service'

export class NoteHistoryService {
  constructor(
    private readonly notes: NotesRepository,
    private readonly versions: NoteVersionsRepository,
    private readonly service: NotesService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(noteId: number): NoteVersionSummary[] {
    if (!this.notes.summary(noteId)) throw notFound(noteId)
    return this.versions.list(noteId)
  }

  get(versionId: number): NoteVersion {
    const version = this.versions.get(versionId)
    if (!version) throw missingVersion()
    return version
  }

  restore(noteId: number, versionId: number): RestoredVersion {
    const version = this.versions.get(versionId)
    if (!version || version.noteId !== noteId) throw missingVersion()
    return this.notes.inTransaction(() => {
      const undoVersionId = this.versions.keepCurrent(noteId, 'before restore', this.now().toISOString())
      if (undoVersionId === undefined) throw notFound(noteId)
      this.service.save(noteId, version.content, version.title)
      return { note: this.service.get(noteId), undoVersionId }
    })
  }
}

function missingVersion(): WeftError {
  return new WeftError(
    'not_found',
    "That version is not in this note's history any more. Reopen the history.",
  )
}
