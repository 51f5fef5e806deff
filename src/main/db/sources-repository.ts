// All SQL about sources: rows in, camelCase models out, FTS kept in step.
import type { Database, Statement } from 'better-sqlite3'
import type { Source, SourceKind, SourceSummary, TextBlock } from '@shared/models'

export interface NewSource {
  title: string
  kind: SourceKind
  fileName: string
  mediaType: string
  contentHash: string
  text: string
  blocks: TextBlock[]
  original: Uint8Array
}

interface SummaryRow {
  id: number
  title: string
  kind: SourceKind
  file_name: string
  media_type: string
  byte_size: number
  imported_at: string
}

interface SourceRow extends SummaryRow {
  content_hash: string
  authors: string
  publisher: string | null
  published_date: string | null
  url: string | null
  language: string | null
  text: string
  blocks: string
}

const SUMMARY_COLUMNS = 'id, title, kind, file_name, media_type, byte_size, imported_at'

function toSummary(row: SummaryRow): SourceSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    fileName: row.file_name,
    mediaType: row.media_type,
    byteSize: row.byte_size,
    importedAt: row.imported_at,
  }
}

function toSource(row: SourceRow): Source {
  return {
    ...toSummary(row),
    contentHash: row.content_hash,
    authors: JSON.parse(row.authors) as string[],
    publisher: row.publisher,
    publishedDate: row.published_date,
    url: row.url,
    language: row.language,
    text: row.text,
    blocks: JSON.parse(row.blocks) as TextBlock[],
  }
}

export class SourcesRepository {
  private readonly insertSource: Statement
  private readonly insertContent: Statement
  private readonly insertFts: Statement
  private readonly selectByHash: Statement
  private readonly selectSummaries: Statement
  private readonly selectSource: Statement
  private readonly countSources: Statement

  constructor(private readonly db: Database) {
    this.insertSource = db.prepare(`
      INSERT INTO sources (title, kind, file_name, media_type, byte_size, content_hash, imported_at, updated_at)
      VALUES (@title, @kind, @fileName, @mediaType, @byteSize, @contentHash, @now, @now)`)
    this.insertContent = db.prepare(
      'INSERT INTO source_content (source_id, text, blocks, original) VALUES (?, ?, ?, ?)',
    )
    this.insertFts = db.prepare('INSERT INTO sources_fts (rowid, title, body) VALUES (?, ?, ?)')
    this.selectByHash = db.prepare('SELECT id, title FROM sources WHERE content_hash = ?')
    this.selectSummaries = db.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM sources ORDER BY imported_at DESC, id DESC`,
    )
    this.selectSource = db.prepare(`
      SELECT s.*, c.text, c.blocks FROM sources s JOIN source_content c ON c.source_id = s.id WHERE s.id = ?`)
    this.countSources = db.prepare('SELECT count(*) AS n FROM sources')
  }

  findByHash(contentHash: string): { id: number; title: string } | undefined {
    return this.selectByHash.get(contentHash) as { id: number; title: string } | undefined
  }

  /** Inserts a source with its content and index entry; call inside a transaction for batches. */
  insert(source: NewSource, now = new Date().toISOString()): number {
    const { lastInsertRowid } = this.insertSource.run({
      title: source.title,
      kind: source.kind,
      fileName: source.fileName,
      mediaType: source.mediaType,
      byteSize: source.original.byteLength,
      contentHash: source.contentHash,
      now,
    })
    const id = Number(lastInsertRowid)
    this.insertContent.run(id, source.text, JSON.stringify(source.blocks), source.original)
    this.insertFts.run(id, source.title, source.text)
    return id
  }

  list(): SourceSummary[] {
    return (this.selectSummaries.all() as SummaryRow[]).map(toSummary)
  }

  get(id: number): Source | undefined {
    const row = this.selectSource.get(id) as SourceRow | undefined
    return row && toSource(row)
  }

  count(): number {
    return (this.countSources.get() as { n: number }).n
  }

  inTransaction<T>(work: () => T): T {
    return this.db.transaction(work)()
  }
}
