// All SQL about tie suggestions: where actors are named in each source, which
// sources changed since they were last looked at, and the suggestions with
// their state (open, accepted, rejected; rejected ones are never offered again).
import type { Database, Statement } from 'better-sqlite3'
import type { TieSuggestionStatus } from '@shared/network/ties'

export interface ActorSpanRow {
  entityId: number
  start: number
  end: number
}

export interface NewTieSuggestion {
  fromId: number
  toId: number
  type: string
  directed: boolean
  cue: string
  start: number
  end: number
  sentence: string
}

export interface TieSuggestionRow extends NewTieSuggestion {
  id: number
  sourceId: number
  sourceTitle: string
  sourceDate: string | null
  status: TieSuggestionStatus
  tieId: number | null
}

const ROW_COLUMNS = `ts.id, ts.source_id AS sourceId, s.title AS sourceTitle, s.published_date AS sourceDate,
  ts.from_id AS fromId, ts.to_id AS toId, ts.type, ts.directed, ts.cue, ts.start, ts."end" AS "end", ts.sentence,
  ts.status, ts.tie_id AS tieId`

export class TieSuggestionsRepository {
  private readonly selectFingerprints: Statement
  private readonly selectStored: Statement
  private readonly upsertFingerprint: Statement
  private readonly selectSpans: Statement
  private readonly selectText: Statement
  private readonly selectOpenOfSource: Statement
  private readonly deleteSuggestion: Statement
  private readonly insertSuggestion: Statement
  private readonly selectByStatus: Statement
  private readonly selectOne: Statement
  private readonly updateStatus: Statement
  private readonly insertAccepted: Statement
  private readonly selectEvidenceSpans: Statement

  constructor(db: Database) {
    // What the suggestions of a source depend on: its text, the names found in it (open or
    // accepted suggestions of the mention scan, and passages linked to actors), the ties it is
    // evidence of, and merges.
    this.selectFingerprints = db.prepare(`
      SELECT s.id AS sourceId, s.content_hash || '|' ||
        (SELECT count(*) || ':' || coalesce(max(ms.id), 0) || ':' || coalesce(sum(ms.status = 'open'), 0)
          FROM mention_suggestions ms WHERE ms.source_id = s.id AND ms.status <> 'rejected') || '|' ||
        (SELECT count(*) || ':' || coalesce(max(p.id), 0) FROM passages p JOIN mentions m ON m.passage_id = p.id
          WHERE p.source_id = s.id AND p.deleted_at IS NULL) || '|' ||
        (SELECT count(*) || ':' || coalesce(max(te.tie_id), 0) FROM tie_evidence te
          JOIN passages p ON p.id = te.passage_id JOIN ties t ON t.id = te.tie_id AND t.deleted_at IS NULL
          WHERE p.source_id = s.id) || '|' || @merges AS fingerprint
      FROM sources s WHERE s.deleted_at IS NULL`)
    this.selectStored = db.prepare('SELECT source_id AS sourceId, fingerprint FROM tie_suggestion_scans')
    this.upsertFingerprint = db.prepare(`
      INSERT INTO tie_suggestion_scans (source_id, fingerprint) VALUES (?, ?)
      ON CONFLICT (source_id) DO UPDATE SET fingerprint = excluded.fingerprint`)
    this.selectSpans = db.prepare(`
      SELECT entity_id AS entityId, start, "end" FROM mention_suggestions
      WHERE source_id = ? AND status <> 'rejected'
      UNION
      SELECT m.entity_id, p.start, p."end" FROM passages p JOIN mentions m ON m.passage_id = p.id
      WHERE p.source_id = ? AND p.deleted_at IS NULL AND p."end" - p.start <= 80
        AND (SELECT count(*) FROM mentions other WHERE other.passage_id = p.id) = 1`)
    this.selectText = db.prepare('SELECT text FROM source_content WHERE source_id = ?').pluck()
    this.selectOpenOfSource = db.prepare(`
      SELECT id, from_id AS fromId, to_id AS toId, type, start FROM tie_suggestions
      WHERE source_id = ? AND status = 'open'`)
    this.deleteSuggestion = db.prepare('DELETE FROM tie_suggestions WHERE id = ?')
    this.insertSuggestion = db.prepare(`
      INSERT OR IGNORE INTO tie_suggestions (source_id, from_id, to_id, type, directed, cue, start, "end", sentence)
      VALUES (@sourceId, @fromId, @toId, @type, @directed, @cue, @start, @end, @sentence)`)
    this.selectByStatus = db.prepare(`
      SELECT ${ROW_COLUMNS} FROM tie_suggestions ts JOIN sources s ON s.id = ts.source_id AND s.deleted_at IS NULL
      WHERE ts.status = ?
      ORDER BY s.published_date IS NULL, s.published_date DESC, s.id, ts.start, ts.id`)
    this.selectOne = db.prepare(`
      SELECT ${ROW_COLUMNS} FROM tie_suggestions ts JOIN sources s ON s.id = ts.source_id WHERE ts.id = ?`)
    this.updateStatus = db.prepare('UPDATE tie_suggestions SET status = ?, tie_id = ? WHERE id = ?')
    this.insertAccepted = db.prepare(`
      INSERT OR IGNORE INTO tie_suggestions (source_id, from_id, to_id, type, directed, cue, start, "end", sentence,
        status, tie_id)
      VALUES (@sourceId, @fromId, @toId, @type, @directed, @cue, @start, @end, @sentence, 'accepted', @tieId)`)
    this.selectEvidenceSpans = db.prepare(`
      SELECT t.id AS tieId, t.from_id AS fromId, t.to_id AS toId, t.type, p.start, p."end" AS "end"
      FROM tie_evidence te JOIN passages p ON p.id = te.passage_id AND p.deleted_at IS NULL
      JOIN ties t ON t.id = te.tie_id AND t.deleted_at IS NULL
      WHERE p.source_id = ?`)
  }

  /** Each live source's fingerprint now; `merges` stands for the state of actor merges. */
  fingerprints(merges: string): Map<number, string> {
    const rows = this.selectFingerprints.all({ merges }) as { sourceId: number; fingerprint: string }[]
    return new Map(rows.map((row) => [row.sourceId, row.fingerprint]))
  }

  /** The fingerprints the current suggestions were found from. */
  storedFingerprints(): Map<number, string> {
    const rows = this.selectStored.all() as { sourceId: number; fingerprint: string }[]
    return new Map(rows.map((row) => [row.sourceId, row.fingerprint]))
  }

  rememberFingerprint(sourceId: number, fingerprint: string): void {
    this.upsertFingerprint.run(sourceId, fingerprint)
  }

  /**
   * Where actors are named in a source, as recorded (merged actors not yet resolved): the places the
   * mention scan found (unless rejected), and short passages linked to one actor (a name the user
   * marked). A long passage linked to several actors says nothing about where each is named.
   */
  actorSpans(sourceId: number): ActorSpanRow[] {
    return this.selectSpans.all(sourceId, sourceId) as ActorSpanRow[]
  }

  text(sourceId: number): string {
    return (this.selectText.get(sourceId) as string | undefined) ?? ''
  }

  /**
   * The source's open suggestions become exactly `found`: ones no longer found go, new ones
   * come; accepted and rejected ones stay as they are (so a rejected one is not offered again).
   */
  replaceOpen(sourceId: number, found: readonly NewTieSuggestion[]): void {
    const key = (s: { fromId: number; toId: number; type: string; start: number }) =>
      `${s.start}:${s.fromId}:${s.toId}:${s.type}`
    const keep = new Set(found.map(key))
    const open = this.selectOpenOfSource.all(sourceId) as (ActorSpanRow & {
      id: number
      fromId: number
      toId: number
      type: string
    })[]
    for (const row of open) if (!keep.has(key(row))) this.deleteSuggestion.run(row.id)
    for (const suggestion of found) {
      this.insertSuggestion.run({ ...suggestion, sourceId, directed: suggestion.directed ? 1 : 0 })
    }
  }

  /** A suggestion the user has in effect accepted already: its sentence is evidence of that tie. */
  recordAccepted(sourceId: number, suggestion: NewTieSuggestion, tieId: number): void {
    this.insertAccepted.run({ ...suggestion, sourceId, directed: suggestion.directed ? 1 : 0, tieId })
  }

  /** Where the evidence of ties lies in a source, with each tie's actors as recorded and type. */
  tieEvidenceSpans(
    sourceId: number,
  ): (ActorSpanRow & { tieId: number; fromId: number; toId: number; type: string })[] {
    return this.selectEvidenceSpans.all(sourceId) as (ActorSpanRow & {
      tieId: number
      fromId: number
      toId: number
      type: string
    })[]
  }

  byStatus(status: TieSuggestionStatus): TieSuggestionRow[] {
    return (this.selectByStatus.all(status) as RawRow[]).map(toRow)
  }

  get(id: number): TieSuggestionRow | undefined {
    const raw = this.selectOne.get(id) as RawRow | undefined
    return raw && toRow(raw)
  }

  setStatus(id: number, status: TieSuggestionStatus, tieId: number | null): boolean {
    return this.updateStatus.run(status, tieId, id).changes > 0
  }
}

type RawRow = Omit<TieSuggestionRow, 'directed'> & { directed: number }

function toRow(raw: RawRow): TieSuggestionRow {
  return { ...raw, directed: raw.directed === 1 }
}
