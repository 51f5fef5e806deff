// All SQL about sources: rows in, camelCase models out, the search index and
// tags kept in step. Deletion is soft until the library is next opened, so it
// can be undone.
import type { Database, Statement } from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type {
  OriginalFile,
  PageSpan,
  Source,
  SourceKind,
  SourceMetadata,
  SourcePage,
  SourceSummary,
  TextBlock,
} from '@shared/models'
import { CollectionsRepository } from './collections-repository'
import { SearchIndex, type IndexedSource } from './search-index'
import { TagsRepository } from './tags-repository'

export interface NewSource {
  title: string
  kind: SourceKind
  fileName: string
  mediaType: string
  contentHash: string
  text: string
  blocks: TextBlock[]
  pages?: PageSpan[] | null
  original: Uint8Array
  authors?: string[]
  publisher?: string | null
  publishedDate?: string | null
  url?: string | null
  language?: string | null
}

interface SummaryRow {
  id: number
  title: string
  kind: SourceKind
  file_name: string
  media_type: string
  byte_size: number
  imported_at: string
  authors: string
  publisher: string | null
  published_date: string | null
  url: string | null
  language: string | null
  passage_count: number
}

interface SourceRow extends SummaryRow {
  content_hash: string
  text: string
  blocks: string
  pages: string | null
}

const SUMMARY_COLUMNS = `id, title, kind, file_name, media_type, byte_size, imported_at, authors, publisher, published_date,
  url, language,
  (SELECT count(*) FROM passages p WHERE p.source_id = sources.id AND p.deleted_at IS NULL) AS passage_count`

export class SourcesRepository {
  readonly tags: TagsRepository
  readonly collections: CollectionsRepository
  private readonly index: SearchIndex
  private readonly insertSource: Statement
  private readonly insertContent: Statement
  private readonly selectByHash: Statement
  private readonly selectDeletedByHash: Statement
  private readonly selectSummaries: Statement
  private readonly selectFirstSummaries: Statement
  private readonly selectSummary: Statement
  private readonly selectSource: Statement
  private readonly selectOriginal: Statement
  private readonly selectIndexed: Statement
  private readonly updateMetadata: Statement
  private readonly markDeleted: Statement
  private readonly unmarkDeleted: Statement
  private readonly selectDeletedIds: Statement
  private readonly hardDelete: Statement
  private readonly countSources: Statement
  private readonly queueMentionScan: Statement

  constructor(private readonly db: Database) {
    this.tags = new TagsRepository(db)
    this.collections = new CollectionsRepository(db)
    this.index = new SearchIndex(db)
    this.insertSource = db.prepare(`
      INSERT INTO sources (title, kind, file_name, media_type, byte_size, content_hash, imported_at, updated_at,
        authors, publisher, published_date, url, language)
      VALUES (@title, @kind, @fileName, @mediaType, @byteSize, @contentHash, @now, @now,
        @authors, @publisher, @publishedDate, @url, @language)`)
    this.insertContent = db.prepare(
      'INSERT INTO source_content (source_id, text, blocks, pages, original) VALUES (?, ?, ?, ?, ?)',
    )
    this.selectByHash = db.prepare(
      'SELECT id, title FROM sources WHERE content_hash = ? AND deleted_at IS NULL',
    )
    this.selectDeletedByHash = db.prepare(
      'SELECT id FROM sources WHERE content_hash = ? AND deleted_at IS NOT NULL',
    )
    this.selectSummaries = db.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM sources WHERE deleted_at IS NULL ORDER BY imported_at DESC, id DESC`,
    )
    this.selectFirstSummaries = db.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM sources WHERE deleted_at IS NULL ORDER BY imported_at DESC, id DESC LIMIT ?`,
    )
    this.selectSummary = db.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM sources WHERE id = ? AND deleted_at IS NULL`,
    )
    this.selectSource = db.prepare(`
      SELECT s.*, c.text, c.blocks, c.pages,
        (SELECT count(*) FROM passages p WHERE p.source_id = s.id AND p.deleted_at IS NULL) AS passage_count
      FROM sources s JOIN source_content c ON c.source_id = s.id
      WHERE s.id = ? AND s.deleted_at IS NULL`)
    this.selectOriginal = db.prepare(`
      SELECT s.file_name AS fileName, s.media_type AS mediaType, c.original AS data
      FROM sources s JOIN source_content c ON c.source_id = s.id WHERE s.id = ? AND s.deleted_at IS NULL`)
    this.selectIndexed = db.prepare(`
      SELECT s.id, s.title, s.authors, s.publisher, s.url, c.text FROM sources s
      JOIN source_content c ON c.source_id = s.id WHERE s.id = ?`)
    this.updateMetadata = db.prepare(`
      UPDATE sources SET title = @title, authors = @authors, publisher = @publisher, published_date = @publishedDate,
        url = @url, language = @language, kind = @kind, updated_at = @now WHERE id = @id`)
    this.markDeleted = db.prepare(
      'UPDATE sources SET deleted_at = ?, deletion_batch = ? WHERE id = ? AND deleted_at IS NULL',
    )
    this.unmarkDeleted = db.prepare(
      'UPDATE sources SET deleted_at = NULL, deletion_batch = NULL WHERE deletion_batch = ?',
    )
    this.selectDeletedIds = db.prepare('SELECT id FROM sources WHERE deleted_at IS NOT NULL')
    this.hardDelete = db.prepare('DELETE FROM sources WHERE id = ?')
    this.countSources = db.prepare('SELECT count(*) AS n FROM sources WHERE deleted_at IS NULL')
    this.queueMentionScan = db.prepare('INSERT OR IGNORE INTO mention_scan_queue (source_id) VALUES (?)')
  }

  findByHash(contentHash: string): { id: number; title: string } | undefined {
    return this.selectByHash.get(contentHash) as { id: number; title: string } | undefined
  }

  /** Inserts a source with its content and index entry; call inside a transaction for batches. */
  insert(source: NewSource, now = new Date().toISOString()): number {
    // Re-importing something deleted (and not yet purged) replaces the deleted copy.
    const deleted = this.selectDeletedByHash.get(source.contentHash) as { id: number } | undefined
    if (deleted) this.purge(deleted.id)
    const { lastInsertRowid } = this.insertSource.run({
      title: source.title,
      kind: source.kind,
      fileName: source.fileName,
      mediaType: source.mediaType,
      byteSize: source.original.byteLength,
      contentHash: source.contentHash,
      now,
      authors: JSON.stringify(source.authors ?? []),
      publisher: source.publisher ?? null,
      publishedDate: source.publishedDate ?? null,
      url: source.url ?? null,
      language: source.language ?? null,
    })
    const id = Number(lastInsertRowid)
    this.insertContent.run(
      id,
      source.text,
      JSON.stringify(source.blocks),
      source.pages ? JSON.stringify(source.pages) : null,
      source.original,
    )
    this.index.add(this.indexedFor(id))
    // A new source is looked at for actors' names (see migration 7 for why not by a trigger).
    this.queueMentionScan.run(id)
    return id
  }

  list(): SourceSummary[] {
    const tags = this.tags.bySource()
    const collections = this.collections.bySource()
    return (this.selectSummaries.all() as SummaryRow[]).map((row) =>
      toSummary(row, tags.get(row.id) ?? [], collections.get(row.id) ?? []),
    )
  }

  /**
   * The first rows of list() and how many there are in all: a window can paint
   * its first screenful before the whole list has been read and sent.
   */
  firstPage(limit: number): SourcePage {
    const rows = (this.selectFirstSummaries.all(limit) as SummaryRow[]).map((row) =>
      toSummary(row, this.tags.of(row.id), this.collections.of(row.id)),
    )
    return { total: this.count(), rows }
  }

  summary(id: number): SourceSummary | undefined {
    const row = this.selectSummary.get(id) as SummaryRow | undefined
    return row && toSummary(row, this.tags.of(id), this.collections.of(id))
  }

  get(id: number): Source | undefined {
    const row = this.selectSource.get(id) as SourceRow | undefined
    if (!row) return undefined
    return {
      ...toSummary(row, this.tags.of(id), this.collections.of(id)),
      contentHash: row.content_hash,
      text: row.text,
      blocks: JSON.parse(row.blocks) as TextBlock[],
      pages: row.pages ? (JSON.parse(row.pages) as PageSpan[]) : null,
    }
  }

  original(id: number): OriginalFile | undefined {
    const row = this.selectOriginal.get(id) as
      { fileName: string; mediaType: string; data: Buffer } | undefined
    return row && { fileName: row.fileName, mediaType: row.mediaType, data: new Uint8Array(row.data) }
  }

  /** Applies a metadata patch to a live source; returns false when there is none with that id. */
  update(id: number, patch: Partial<SourceMetadata>): boolean {
    const current = this.summary(id)
    if (!current) return false
    return this.reindexing(id, () => {
      const next = { ...current, ...patch }
      this.updateMetadata.run({
        id,
        title: next.title,
        authors: JSON.stringify(next.authors),
        publisher: next.publisher,
        publishedDate: next.publishedDate,
        url: next.url,
        language: next.language,
        kind: next.kind,
        now: new Date().toISOString(),
      })
      if (patch.tags) {
        this.tags.set(id, patch.tags)
        this.tags.prune()
      }
      if (patch.collectionIds) this.collections.setFor(id, patch.collectionIds)
      return true
    })
  }

  /** Adds and removes tags on many sources; returns how many live sources were touched. */
  retag(ids: number[], add: string[], remove: string[]): number {
    const live = ids.filter((id) => this.selectSummary.get(id) !== undefined)
    for (const id of live) {
      this.reindexing(id, () => {
        this.tags.add([id], add)
        this.tags.remove([id], remove)
      })
    }
    this.tags.prune()
    return live.length
  }

  /** Marks sources deleted; they vanish from every list until restored or purged. */
  softDelete(ids: number[]): { deleted: number; batch: string } {
    const batch = randomUUID()
    const now = new Date().toISOString()
    let deleted = 0
    for (const id of ids) deleted += this.markDeleted.run(now, batch, id).changes
    return { deleted, batch }
  }

  restore(batch: string): number {
    return this.unmarkDeleted.run(batch).changes
  }

  /** Removes for good what was deleted before; run when a library is opened. */
  purgeDeleted(): number {
    const ids = (this.selectDeletedIds.all() as { id: number }[]).map((row) => row.id)
    for (const id of ids) this.purge(id)
    if (ids.length > 0) this.tags.prune()
    return ids.length
  }

  count(): number {
    return (this.countSources.get() as { n: number }).n
  }

  inTransaction<T>(work: () => T): T {
    return this.db.transaction(work)()
  }

  private purge(id: number): void {
    this.index.remove(this.indexedFor(id))
    this.hardDelete.run(id)
  }

  /** Runs a change to a source's indexed fields and brings its index entry up to date. */
  private reindexing<T>(id: number, change: () => T): T {
    const before = this.indexedFor(id)
    const result = change()
    this.index.replace(before, this.indexedFor(id))
    return result
  }

  private indexedFor(id: number): IndexedSource {
    const row = this.selectIndexed.get(id) as
      | {
          id: number
          title: string
          authors: string
          publisher: string | null
          url: string | null
          text: string
        }
      | undefined
    if (!row) throw new Error(`Source ${id} has no content row`)
    const meta = [
      ...(JSON.parse(row.authors) as string[]),
      row.publisher ?? '',
      row.url ?? '',
      ...this.tags.of(id),
    ]
    return { id, title: row.title, body: row.text, meta: meta.filter(Boolean).join(' ') }
  }
}

function toSummary(row: SummaryRow, tags: string[], collectionIds: number[]): SourceSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    fileName: row.file_name,
    mediaType: row.media_type,
    byteSize: row.byte_size,
    importedAt: row.imported_at,
    authors: JSON.parse(row.authors) as string[],
    publisher: row.publisher,
    publishedDate: row.published_date,
    url: row.url,
    language: row.language,
    tags,
    collectionIds,
    passageCount: row.passage_count ?? 0,
  }
}
