// Replaces a source's content (text, structure, pages, original file, hash)
// with a newer version of its file, keeping its metadata, and brings its
// search index entry up to date through the SearchIndex like every other write.
// Kept apart from SourcesRepository: only re-anchoring passages needs it.
import type { Database, Statement } from 'better-sqlite3'
import type { PageSpan, TextBlock } from '@shared/models'
import { SearchIndex, searchMetaText, type IndexedSource } from './search-index'
import { TagsRepository } from './tags-repository'

export interface ReplacementContent {
  fileName: string
  mediaType: string
  contentHash: string
  text: string
  blocks: TextBlock[]
  pages: PageSpan[] | null
  original: Uint8Array
}

interface IndexedRow {
  title: string
  authors: string
  publisher: string | null
  url: string | null
  text: string
}

export class SourceReplacementRepository {
  private readonly index: SearchIndex
  private readonly tags: TagsRepository
  private readonly updateSource: Statement
  private readonly updateContent: Statement
  private readonly selectIndexed: Statement

  constructor(db: Database) {
    this.index = new SearchIndex(db)
    this.tags = new TagsRepository(db)
    this.updateSource = db.prepare(`
      UPDATE sources SET file_name = @fileName, media_type = @mediaType, byte_size = @byteSize,
        content_hash = @contentHash, updated_at = @now WHERE id = @id`)
    this.updateContent = db.prepare(
      'UPDATE source_content SET text = @text, blocks = @blocks, pages = @pages, original = @original WHERE source_id = @id',
    )
    this.selectIndexed = db.prepare(`
      SELECT s.title, s.authors, s.publisher, s.url, c.text FROM sources s
      JOIN source_content c ON c.source_id = s.id WHERE s.id = ?`)
  }

  /** Call inside a transaction, with the rest of what the new text changes. */
  replace(id: number, content: ReplacementContent, now: string): void {
    const before = this.indexed(id)
    this.updateSource.run({
      id,
      fileName: content.fileName,
      mediaType: content.mediaType,
      byteSize: content.original.byteLength,
      contentHash: content.contentHash,
      now,
    })
    this.updateContent.run({
      id,
      text: content.text,
      blocks: JSON.stringify(content.blocks),
      pages: content.pages ? JSON.stringify(content.pages) : null,
      original: content.original,
    })
    this.index.replace(before, this.indexed(id))
  }

  private indexed(id: number): IndexedSource {
    const row = this.selectIndexed.get(id) as IndexedRow | undefined
    if (!row) throw new Error(`Source ${id} has no content row`)
    const meta = searchMetaText(JSON.parse(row.authors) as string[], row.publisher, row.url, this.tags.of(id))
    return { id, title: row.title, body: row.text, meta }
  }
}
