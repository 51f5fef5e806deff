// The notes services of one open library, made on first use and kept while
// the library is open, so statements are prepared once and a library switch
// starts afresh. Making them purges notes deleted in an earlier session.
import type { Library } from '../db/library'
import { NoteSearchIndex } from '../db/note-search-index'
import { NoteVersionsRepository } from '../db/note-versions-repository'
import { NotesRepository } from '../db/notes-repository'
import { QuotablePassagesRepository } from '../db/quotable-passages-repository'
import { NoteHistoryService } from './note-history-service'
import { NoteSearchService } from './note-search-service'
import { debounced, INDEX_DELAY_MS, NotesService, type NotesServiceOptions } from './notes-service'

export interface NoteServices {
  notes: NotesService
  history: NoteHistoryService
  search: NoteSearchService
  passages: QuotablePassagesRepository
  repository: NotesRepository
}

const services = new WeakMap<Library, NoteServices>()

export function createNoteServices(library: Library, options: NotesServiceOptions = {}): NoteServices {
  const repository = new NotesRepository(library.db)
  const versions = new NoteVersionsRepository(library.db)
  const index = new NoteSearchIndex(library.db)
  const later = debounced(INDEX_DELAY_MS)
  const notes = new NotesService(repository, versions, index, {
    // Once the library is closed (another one opened), its pending indexing waits for its next opening.
    scheduleIndexing: (run) => later(() => library.db.open && run()),
    ...options,
  })
  notes.purgeDeleted()
  // Notes saved just before the library was last closed may not have been indexed yet.
  notes.indexStale()
  return {
    notes,
    history: new NoteHistoryService(repository, versions, notes, options.now),
    search: new NoteSearchService(
      repository,
      index,
      (id) => repository.plainText(id),
      () => notes.indexStale(),
    ),
    passages: new QuotablePassagesRepository(library.db),
    repository,
  }
}

export function noteServicesFor(library: Library): NoteServices {
  let made = services.get(library)
  if (!made) {
    made = createNoteServices(library)
    services.set(library, made)
  }
  return made
}
