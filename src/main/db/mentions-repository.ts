// All SQL about mention suggestions (places an actor's name or alias occurs)
// and the record of which source texts have been scanned for them. Also the
// read-only reader the scan workers use to fetch source texts themselves.
import Database, { type Database as Db, type Statement } from 'better-sqlite3'
import type { MentionSuggestion, SuggestionStatus } from '@shared/actors'

export interface NewSuggestion {
  entityId: number
  sourceId: number
  start: number
  end: number
  exact: string
  alias: string
  reasons: string[]
  /** 'accepted' with a passage when a passage linked to the actor already covers it. */
  status: 'open' | 'accepted'
  passageId: number | null
}

export type SuggestionRow = MentionSuggestion

interface RawSuggestion {
  id: number
  entity_id: number
  source_id: number
  start: number
  end: number
  exact: string
  alias: string
  reasons: string
  status: SuggestionStatus
  passage_id: number | null
}

const COLUMNS =
  'ms.id, ms.entity_id, ms.source_id, ms.start, ms."end", ms.exact, ms.alias, ms.reasons, ms.status, ms.passage_id'
// Suggestions of live actors in live sources.
const LIVE = `mention_suggestions ms
  JOIN entities e ON e.id = ms.entity_id AND e.merged_into IS NULL
  JOIN sources s ON s.id = ms.source_id AND s.deleted_at IS NULL`

export class MentionsRepository {
  private readonly insertSuggestion: Statement
  private readonly selectOne: Statement
  private readonly selectOpenForSource: Statement
  private readonly selectForEntity: Statement
  private readonly selectOpenInSource: Statement
  private readonly selectAllOpen: Statement
  private readonly updateStatus: Statement
  private readonly deleteOpenOfSource: Statement
  private readonly selectOpenEntitiesOfSource: Statement
  private readonly selectOpenSpansOfSource: Statement
  private readonly deleteOne: Statement
  private readonly selectSourcesOfAlias: Statement
  private readonly deleteOpenOfAlias: Statement
  private readonly acceptCovered: Statement
  private readonly reopenOfPassage: Statement
  private readonly reacceptOfPassage: Statement
  private readonly selectIdsOfEntity: Statement
  private readonly selectOpenIdsOfAlias: Statement
  private readonly updateEntity: Statement
  private readonly selectRecordsOfSource: Statement
  private readonly updateSpan: Statement
  private readonly selectToScan: Statement
  private readonly upsertScan: Statement
  private readonly dequeue: Statement
  private readonly enqueue: Statement
  private readonly selectLiveSources: Statement
  private readonly selectHashes: Statement
  private readonly selectSignatures: Statement

  constructor(private readonly db: Db) {
    this.insertSuggestion = db.prepare(`
      INSERT INTO mention_suggestions (entity_id, source_id, start, "end", exact, alias, reasons, status, passage_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT DO NOTHING`)
    this.selectOne = db.prepare(`SELECT ${COLUMNS} FROM mention_suggestions ms WHERE ms.id = ?`)
    this.selectOpenForSource = db.prepare(
      `SELECT ${COLUMNS} FROM ${LIVE} WHERE ms.source_id = ? AND ms.status = 'open' ORDER BY ms.start, ms."end", ms.id`,
    )
    this.selectForEntity = db.prepare(
      `SELECT ${COLUMNS} FROM ${LIVE} WHERE ms.entity_id = ? AND ms.status = ? ORDER BY ms.source_id, ms.start, ms.id`,
    )
    this.selectOpenInSource = db.prepare(`
      SELECT ${COLUMNS} FROM ${LIVE} WHERE ms.source_id = @sourceId AND ms.status = 'open'
        AND (@entityId IS NULL OR ms.entity_id = @entityId) ORDER BY ms.start, ms."end", ms.id`)
    this.selectAllOpen = db.prepare(
      `SELECT ${COLUMNS} FROM ${LIVE} WHERE ms.status = 'open' ORDER BY ms.source_id, ms.start, ms.entity_id`,
    )
    this.updateStatus = db.prepare('UPDATE mention_suggestions SET status = ?, passage_id = ? WHERE id = ?')
    this.deleteOpenOfSource = db.prepare(
      "DELETE FROM mention_suggestions WHERE source_id = ? AND status = 'open'",
    )
    this.selectOpenSpansOfSource = db.prepare(
      `SELECT id, entity_id AS entityId, start, "end" FROM mention_suggestions WHERE source_id = ? AND status = 'open'`,
    )
    this.deleteOne = db.prepare('DELETE FROM mention_suggestions WHERE id = ?')
    this.selectOpenEntitiesOfSource = db.prepare(
      "SELECT DISTINCT entity_id FROM mention_suggestions WHERE source_id = ? AND status = 'open'",
    )
    this.selectSourcesOfAlias = db.prepare(
      "SELECT DISTINCT source_id FROM mention_suggestions WHERE entity_id = ? AND alias = ? AND status = 'open'",
    )
    this.deleteOpenOfAlias = db.prepare(
      "DELETE FROM mention_suggestions WHERE entity_id = ? AND alias = ? AND status = 'open'",
    )
    this.acceptCovered = db.prepare(`
      UPDATE mention_suggestions SET status = 'accepted', passage_id = @passageId
      WHERE entity_id = @entityId AND source_id = @sourceId AND status = 'open'
        AND start < @end AND "end" > @start`)
    this.reopenOfPassage = db.prepare(`
      UPDATE mention_suggestions SET status = 'open'
      WHERE passage_id = @passageId AND status = 'accepted' AND (@entityId IS NULL OR entity_id = @entityId)`)
    this.reacceptOfPassage = db.prepare(
      "UPDATE mention_suggestions SET status = 'accepted' WHERE passage_id = ? AND status = 'open'",
    )
    this.selectIdsOfEntity = db.prepare('SELECT id FROM mention_suggestions WHERE entity_id = ?')
    this.selectOpenIdsOfAlias = db.prepare(
      "SELECT id FROM mention_suggestions WHERE entity_id = ? AND alias = ? AND status = 'open'",
    )
    this.updateEntity = db.prepare('UPDATE OR IGNORE mention_suggestions SET entity_id = ? WHERE id = ?')
    this.selectRecordsOfSource = db.prepare(
      `SELECT id, start, "end", exact FROM mention_suggestions WHERE source_id = ? AND status <> 'open'`,
    )
    this.updateSpan = db.prepare('UPDATE OR IGNORE mention_suggestions SET start = ?, "end" = ? WHERE id = ?')
    this.selectToScan = db.prepare(`
      SELECT q.source_id AS id FROM mention_scan_queue q JOIN sources s ON s.id = q.source_id
      WHERE s.deleted_at IS NULL ORDER BY q.source_id`)
    this.dequeue = db.prepare('DELETE FROM mention_scan_queue WHERE source_id = ?')
    this.enqueue = db.prepare('INSERT OR IGNORE INTO mention_scan_queue (source_id) VALUES (?)')
    this.upsertScan = db.prepare(`
      INSERT INTO mention_scans (source_id, content_hash, scanned_at, signature) VALUES (?, ?, ?, ?)
      ON CONFLICT (source_id) DO UPDATE SET content_hash = excluded.content_hash, scanned_at = excluded.scanned_at,
        signature = excluded.signature`)
    // A signature counts only for the text it was made from.
    this.selectSignatures = db.prepare(`
      SELECT s.id, CASE WHEN m.content_hash = s.content_hash THEN m.signature END AS signature
      FROM sources s LEFT JOIN mention_scans m ON m.source_id = s.id
      WHERE s.deleted_at IS NULL ORDER BY s.id`)
    this.selectLiveSources = db.prepare('SELECT id FROM sources WHERE deleted_at IS NULL ORDER BY id')
    this.selectHashes = db.prepare(
      'SELECT id, content_hash AS contentHash FROM sources WHERE id IN (SELECT value FROM json_each(?))',
    )
  }

  /** Stores suggestions; one already known at the same span (say, rejected) is left as it is. */
  insert(suggestions: readonly NewSuggestion[]): number {
    let inserted = 0
    for (const one of suggestions) {
      inserted += this.insertSuggestion.run(
        one.entityId,
        one.sourceId,
        one.start,
        one.end,
        one.exact,
        one.alias,
        JSON.stringify(one.reasons),
        one.status,
        one.passageId,
      ).changes
    }
    return inserted
  }

  get(id: number): SuggestionRow | undefined {
    const raw = this.selectOne.get(id) as RawSuggestion | undefined
    return raw && toSuggestion(raw)
  }

  openForSource(sourceId: number): MentionSuggestion[] {
    return (this.selectOpenForSource.all(sourceId) as RawSuggestion[]).map(toSuggestion)
  }

  forEntity(entityId: number, status: SuggestionStatus): MentionSuggestion[] {
    return (this.selectForEntity.all(entityId, status) as RawSuggestion[]).map(toSuggestion)
  }

  openInSource(sourceId: number, entityId: number | null): SuggestionRow[] {
    return (this.selectOpenInSource.all({ sourceId, entityId }) as RawSuggestion[]).map(toSuggestion)
  }

  allOpen(): MentionSuggestion[] {
    return (this.selectAllOpen.all() as RawSuggestion[]).map(toSuggestion)
  }

  setStatus(id: number, status: SuggestionStatus, passageId: number | null): void {
    this.updateStatus.run(status, passageId, id)
  }

  /** Drops a source's open suggestions; returns the actors they were for. */
  deleteOpenForSource(sourceId: number): number[] {
    const entities = (this.selectOpenEntitiesOfSource.all(sourceId) as { entity_id: number }[]).map(
      (row) => row.entity_id,
    )
    if (entities.length > 0) this.deleteOpenOfSource.run(sourceId)
    return entities
  }

  /** The open suggestions of a source, as a rescan compares them with what it found. */
  openSpansOfSource(sourceId: number): { id: number; entityId: number; start: number; end: number }[] {
    return this.selectOpenSpansOfSource.all(sourceId) as {
      id: number
      entityId: number
      start: number
      end: number
    }[]
  }

  delete(ids: readonly number[]): void {
    for (const id of ids) this.deleteOne.run(id)
  }

  /** Drops the open suggestions an alias made; returns the sources they were in. */
  deleteOpenForAlias(entityId: number, alias: string): number[] {
    const sources = (this.selectSourcesOfAlias.all(entityId, alias) as { source_id: number }[]).map(
      (row) => row.source_id,
    )
    this.deleteOpenOfAlias.run(entityId, alias)
    return sources
  }

  /** Open suggestions of the actor that a passage linked to it now covers count as accepted. */
  acceptCoveredBy(passageId: number, entityId: number, sourceId: number, start: number, end: number): number {
    return this.acceptCovered.run({ passageId, entityId, sourceId, start, end }).changes
  }

  /** The passage no longer stands for these suggestions (deleted or unlinked): offer them again. */
  reopenForPassage(passageId: number, entityId: number | null): number {
    return this.reopenOfPassage.run({ passageId, entityId }).changes
  }

  /** The passage is back (a delete undone): its suggestions count as accepted again. */
  reacceptForPassage(passageId: number): number {
    return this.reacceptOfPassage.run(passageId).changes
  }

  idsOfEntity(entityId: number): number[] {
    return (this.selectIdsOfEntity.all(entityId) as { id: number }[]).map((row) => row.id)
  }

  openIdsOfAlias(entityId: number, alias: string): number[] {
    return (this.selectOpenIdsOfAlias.all(entityId, alias) as { id: number }[]).map((row) => row.id)
  }

  /** Gives a suggestion to another actor; false when that actor already has one at the same span. */
  move(id: number, entityId: number): boolean {
    return this.updateEntity.run(entityId, id).changes > 0
  }

  /** Rejected and accepted suggestions of a source: remembered, so re-anchored when its text changes. */
  recordsOf(sourceId: number): { id: number; start: number; end: number; exact: string }[] {
    return this.selectRecordsOfSource.all(sourceId) as {
      id: number
      start: number
      end: number
      exact: string
    }[]
  }

  setSpan(id: number, start: number, end: number): void {
    this.updateSpan.run(start, end, id)
  }

  /** Live sources waiting to be scanned: new, with a new text, or asked for again. */
  sourcesToScan(): number[] {
    return (this.selectToScan.all() as { id: number }[]).map((row) => row.id)
  }

  markScanned(sourceId: number, contentHash: string, at: string, signature: Uint8Array | null): void {
    this.upsertScan.run(sourceId, contentHash, at, signature)
    this.dequeue.run(sourceId)
  }

  /** Every live source with the name signature of its current text (null when there is none). */
  signatures(): { id: number; signature: Uint8Array | null }[] {
    return this.selectSignatures.all() as { id: number; signature: Uint8Array | null }[]
  }

  /** These sources are scanned again next time (say, after an alias that matched in them was removed). */
  forgetScans(sourceIds: readonly number[]): void {
    for (const id of sourceIds) this.enqueue.run(id)
  }

  /** The current content hash of each source that still exists (deleted or not). */
  contentHashes(sourceIds: readonly number[]): Map<number, string> {
    const rows = this.selectHashes.all(JSON.stringify(sourceIds)) as { id: number; contentHash: string }[]
    return new Map(rows.map((row) => [row.id, row.contentHash]))
  }

  liveSourceIds(): number[] {
    return (this.selectLiveSources.all() as { id: number }[]).map((row) => row.id)
  }

  inTransaction<T>(work: () => T): T {
    return this.db.transaction(work)()
  }
}

/** A source's text as a scan worker reads it. */
export interface SourceText {
  id: number
  text: string
  contentHash: string
}

/**
 * A read-only connection for a scan worker, so source texts never cross the
 * main thread. WAL lets it read while the app writes.
 */
export class SourceTextReader {
  private readonly db: Db
  private readonly select: Statement

  constructor(path: string, nativeBinding?: string) {
    this.db = new Database(path, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    })
    this.db.pragma('busy_timeout = 5000')
    this.select = this.db.prepare(`
      SELECT s.id, c.text, s.content_hash AS contentHash FROM sources s JOIN source_content c ON c.source_id = s.id
      WHERE s.id IN (SELECT value FROM json_each(?))`)
  }

  read(ids: readonly number[]): SourceText[] {
    return this.select.all(JSON.stringify(ids)) as SourceText[]
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}

function toSuggestion(raw: RawSuggestion): SuggestionRow {
  return {
    id: raw.id,
    entityId: raw.entity_id,
    sourceId: raw.source_id,
    start: raw.start,
    end: raw.end,
    exact: raw.exact,
    alias: raw.alias,
    reasons: JSON.parse(raw.reasons) as string[],
    status: raw.status,
    passageId: raw.passage_id,
  }
}
