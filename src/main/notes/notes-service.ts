// Notes for one open library: create, read, save (deriving text, links and
// now and then a version), rename, delete with undo, backlinks. Searching and
// version history live beside it (note-search-service, note-history-service).
import { randomUUID } from 'node:crypto'
import type {
  Note,
  NoteDeleteReceipt,
  NoteSort,
  NoteSummary,
  NoteVersionReason,
  SavedBlocks,
  SavedNote,
} from '@shared/notes'
import { WeftError } from '../core/weft-error'
import type { NoteSearchIndex } from '../db/note-search-index'
import type { NoteVersionsRepository } from '../db/note-versions-repository'
import type { NoteFields, NotesRepository } from '../db/notes-repository'
import { emptyEditorState } from './lexical-json'
import { applyBlocks, NoteBlocksCache, splitContent } from './note-blocks'
import { deriveNote, type DerivedNote } from './note-content'

/** A save keeps a version when the last one kept is older than this. */
export const VERSION_INTERVAL_MS = 5 * 60 * 1000

/** How long after a save its text is indexed for search, unless a search comes first. */
export const INDEX_DELAY_MS = 1000

export interface NotesServiceOptions {
  /** The clock, so tests can step through version intervals. */
  now?: () => Date
  versionIntervalMs?: number
  /** Runs the indexing of saved notes a moment later (default: a timer of INDEX_DELAY_MS). */
  scheduleIndexing?: (run: () => void) => void
}

export class NotesService {
  private readonly now: () => Date
  private readonly versionIntervalMs: number
  private readonly scheduleIndexing: (run: () => void) => void
  private readonly blocks = new NoteBlocksCache()

  constructor(
    private readonly notes: NotesRepository,
    private readonly versions: NoteVersionsRepository,
    private readonly index: NoteSearchIndex,
    options: NotesServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date())
    this.versionIntervalMs = options.versionIntervalMs ?? VERSION_INTERVAL_MS
    this.scheduleIndexing = options.scheduleIndexing ?? debounced(INDEX_DELAY_MS)
  }

  list(sort: NoteSort): NoteSummary[] {
    return this.notes.list(sort)
  }

  get(id: number): Note {
    const note = this.notes.get(id)
    if (!note) throw notFound(id)
    return note
  }

  /** A new note; `keepAs` also keeps its first state as a version (an imported file, say). */
  create(title: string, content: string = emptyEditorState(), keepAs?: NoteVersionReason): Note {
    const derived = deriveNote(content)
    const fields: NoteFields = { title, content, plainText: derived.plainText, wordCount: derived.wordCount }
    const id = this.notes.inTransaction(() => {
      const now = this.stamp()
      const created = this.notes.insert(fields, now)
      this.notes.setLinks(created, derived)
      this.index.put(created, title, derived.plainText)
      this.notes.markIndexed(created)
      if (keepAs) this.versions.keepCurrent(created, keepAs, now)
      return created
    })
    return this.get(id)
  }

  /** Stores the editor state; the first save a while after the last kept version keeps a new one. */
  save(id: number, content: string, title?: string): SavedNote {
    return this.store(id, content, deriveNote(content), title)
  }

  /**
   * Stores a note from its changed blocks and the positions of the unchanged
   * ones in revision `baseRevision` (see note-blocks.ts). `saved` is null when
   * the note is no longer at that revision: the caller then saves it whole.
   */
  saveBlocks(
    id: number,
    baseRevision: number,
    root: string,
    entries: readonly (string | number)[],
  ): SavedBlocks {
    const stored = this.notes.revisionOf(id)
    if (stored === undefined) throw notFound(id)
    if (stored !== baseRevision) return { saved: null }
    const previous =
      this.blocks.get(id, baseRevision) ?? splitContent(this.notes.get(id)!.content, baseRevision)
    const applied = applyBlocks(previous, root, entries)
    const saved = this.store(id, applied.content, applied.note)
    this.blocks.set(id, { revision: saved.revision, root, blocks: applied.blocks, derived: applied.derived })
    return { saved }
  }

  private store(id: number, content: string, derived: DerivedNote, title?: string): SavedNote {
    return this.notes.inTransaction(() => {
      const current = this.notes.summary(id)
      if (!current) throw notFound(id)
      const now = this.stamp()
      const fields: NoteFields = {
        title: title ?? current.title,
        content,
        plainText: derived.plainText,
        wordCount: derived.wordCount,
      }
      const revision = this.notes.update(id, fields, now)
      if (revision === undefined) throw notFound(id)
      this.notes.setLinks(id, derived)
      const versionKept =
        this.isVersionDue(id, now) && this.versions.keepCurrent(id, 'autosave', now) !== undefined
      this.scheduleIndexing(() => this.indexStale())
      return { id, revision, updatedAt: now, wordCount: derived.wordCount, versionKept }
    })
  }

  /**
   * Brings the search index up to date with every note saved since it last
   * was. Saves leave this for a moment later: indexing a long note costs more
   * than saving it, and typing saves often.
   */
  indexStale(): number {
    return this.notes.inTransaction(() => {
      const ids = this.notes.staleInIndex()
      for (const id of ids) {
        this.index.refresh(id)
        this.notes.markIndexed(id)
      }
      return ids.length
    })
  }

  rename(id: number, title: string): NoteSummary {
    return this.notes.inTransaction(() => {
      if (!this.notes.rename(id, title, this.stamp())) throw notFound(id)
      this.index.refresh(id)
      return this.notes.summary(id)!
    })
  }

  delete(id: number): NoteDeleteReceipt {
    const undoToken = randomUUID()
    if (!this.notes.markAsDeleted(id, undoToken, this.stamp())) throw notFound(id)
    return { undoToken }
  }

  restore(undoToken: string): NoteSummary {
    const id = this.notes.restoreDeleted(undoToken)
    const summary = id === undefined ? undefined : this.notes.summary(id)
    if (!summary) {
      throw new WeftError(
        'not_found',
        'That deleted note can no longer be restored: deletes become final when the library is reopened.',
      )
    }
    return summary
  }

  /** Deletes become final: called once when a library is opened for notes. */
  purgeDeleted(): void {
    this.notes.inTransaction(() => {
      for (const id of this.notes.purgeDeleted()) this.index.remove(id)
    })
  }

  forEntity(entityId: number): NoteSummary[] {
    return this.notes.forEntity(entityId)
  }

  private isVersionDue(id: number, now: string): boolean {
    const latest = this.versions.latestTime(id)
    return latest === undefined || Date.parse(now) - Date.parse(latest) >= this.versionIntervalMs
  }

  private stamp(): string {
    return this.now().toISOString()
  }
}

/** A scheduler that runs only the last work handed to it, `delay` ms after it was last called. */
export function debounced(delay: number): (run: () => void) => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  return (run) => {
    clearTimeout(timer)
    timer = setTimeout(run, delay)
    // Pending indexing never keeps a process (the CLI) alive; the next opening catches up.
    timer.unref?.()
  }
}

export function notFound(id: number): WeftError {
  return new WeftError(
    'not_found',
    `Note ${id} does not exist (it may have been deleted). Pick another note.`,
  )
}
