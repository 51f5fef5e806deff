// One open library file: its connection and the repositories over it.
import type { Database } from 'better-sqlite3'
import { basename } from 'node:path'
import type { LibraryInfo } from '@shared/models'
import { openDatabase, type OpenLibraryOptions } from './open-library'
import { SourcesRepository } from './sources-repository'

export class Library {
  readonly sources: SourcesRepository

  private constructor(
    readonly path: string,
    readonly db: Database,
  ) {
    this.sources = new SourcesRepository(db)
  }

  static async open(path: string, options: OpenLibraryOptions = {}): Promise<Library> {
    const library = new Library(path, await openDatabase(path, options))
    // Deletions can be undone until the library is closed; opening it makes them final.
    library.sources.inTransaction(() => library.sources.purgeDeleted())
    return library
  }

  info(): LibraryInfo {
    return {
      path: this.path,
      fileName: basename(this.path),
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
      sourceCount: this.sources.count(),
    }
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}
