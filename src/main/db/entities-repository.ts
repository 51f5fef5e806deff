// All SQL about actors (entities): rows in, camelCase models out, with their
// counts, parents and children. Actors merged into another are hidden
// (merged_into set) but kept, so the merge can be undone.
import type { Database, Statement } from 'better-sqlite3'
import type { Alias, EntitySummary } from '@shared/actors'

export interface EntityRow {
  id: number
  type: string
  name: string
  description: string
  parentId: number | null
  attributes: Record<string, string>
  mergedInto: number | null
}

export interface NewEntity {
  type: string
  name: string
  description: string
  parentId: number | null
  attributes: Record<string, string>
}

export type EntityFields = Partial<NewEntity>

/** A merge as recorded: who was kept, who was merged, and what moved (JSON the merge service owns). */
export interface MergeRecord {
  token: string
  keptId: number
  mergedId: number
  moved: string
}

interface RawRow {
  id: number
  type: string
  name: string
  description: string
  parent_id: number | null
  attributes: string
  merged_into: number | null
}

interface CountRow {
  entity_id: number
  passages: number
  sources: number
}

const COLUMNS = 'id, type, name, description, parent_id, attributes, merged_into'

export class EntitiesRepository {
  private readonly insertEntity: Statement
  private readonly selectRow: Statement
  private readonly selectLiveRows: Statement
  private readonly selectCounts: Statement
  private readonly selectCountsOf: Statement
  private readonly selectChildren: Statement
  private readonly selectAncestors: Statement
  private readonly selectMergedInto: Statement
  private readonly updateMergedInto: Statement
  private readonly updateParent: Statement
  private readonly deleteEntity: Statement
  private readonly updateNameScanned: Statement
  private readonly clearNameScanned: Statement
  private readonly insertMergeRecord: Statement
  private readonly selectMergeRecord: Statement
  private readonly deleteMergeRecord: Statement

  constructor(private readonly db: Database) {
    this.insertEntity = db.prepare(`
      INSERT INTO entities (type, name, description, parent_id, attributes, created_at, updated_at)
      VALUES (@type, @name, @description, @parentId, @attributes, @now, @now)`)
    this.selectRow = db.prepare(`SELECT ${COLUMNS} FROM entities WHERE id = ?`)
    this.selectLiveRows = db.prepare(
      `SELECT ${COLUMNS} FROM entities WHERE merged_into IS NULL ORDER BY name COLLATE NOCASE, id`,
    )
    // Passages and sources that are live (not deleted, nor in a deleted source).
    const counts = `
      SELECT m.entity_id, count(*) AS passages, count(DISTINCT p.source_id) AS sources
      FROM mentions m
      JOIN passages p ON p.id = m.passage_id AND p.deleted_at IS NULL
      JOIN sources s ON s.id = p.source_id AND s.deleted_at IS NULL`
    this.selectCounts = db.prepare(`${counts} GROUP BY m.entity_id`)
    this.selectCountsOf = db.prepare(`${counts} WHERE m.entity_id = ? GROUP BY m.entity_id`)
    this.selectChildren = db.prepare(
      'SELECT id, name, type FROM entities WHERE parent_id = ? AND merged_into IS NULL ORDER BY name COLLATE NOCASE, id',
    )
    this.selectAncestors = db.prepare(`
      WITH RECURSIVE chain (id, depth) AS (
        SELECT parent_id, 1 FROM entities WHERE id = ? AND parent_id IS NOT NULL
        UNION ALL
        SELECT e.parent_id, chain.depth + 1 FROM entities e JOIN chain ON e.id = chain.id
        WHERE e.parent_id IS NOT NULL AND chain.depth < 1000
      )
      SELECT id FROM chain ORDER BY depth`)
    this.selectMergedInto = db.prepare('SELECT id FROM entities WHERE merged_into = ?')
    this.updateMergedInto = db.prepare('UPDATE entities SET merged_into = ?, updated_at = ? WHERE id = ?')
    this.updateParent = db.prepare('UPDATE entities SET parent_id = ?, updated_at = ? WHERE id = ?')
    this.deleteEntity = db.prepare('DELETE FROM entities WHERE id = ?')
    this.updateNameScanned = db.prepare('UPDATE entities SET name_scanned_at = ? WHERE id = ? AND name = ?')
    this.clearNameScanned = db.prepare('UPDATE entities SET name_scanned_at = NULL WHERE id = ?')
    this.insertMergeRecord = db.prepare(
      'INSERT INTO entity_merges (token, kept_id, merged_id, moved, created_at) VALUES (?, ?, ?, ?, ?)',
    )
    this.selectMergeRecord = db.prepare(
      'SELECT token, kept_id AS keptId, merged_id AS mergedId, moved FROM entity_merges WHERE token = ?',
    )
    this.deleteMergeRecord = db.prepare('DELETE FROM entity_merges WHERE token = ?')
  }

  insert(entity: NewEntity, now: string): number {
    const { lastInsertRowid } = this.insertEntity.run({
      ...entity,
      attributes: JSON.stringify(entity.attributes),
      now,
    })
    return Number(lastInsertRowid)
  }

  /** Applies the given fields; a new name is looked for across the library again. */
  update(id: number, fields: EntityFields, now: string): void {
    const columns: string[] = []
    const values: Record<string, unknown> = { id, now }
    const column = { type: 'type', name: 'name', description: 'description', parentId: 'parent_id' } as const
    for (const key of ['type', 'name', 'description', 'parentId'] as const) {
      if (fields[key] === undefined) continue
      columns.push(`${column[key]} = @${key}`)
      values[key] = fields[key]
    }
    if (fields.attributes !== undefined) {
      columns.push('attributes = @attributes')
      values.attributes = JSON.stringify(fields.attributes)
    }
    if (fields.name !== undefined) columns.push('name_scanned_at = NULL')
    if (columns.length === 0) return
    this.db.prepare(`UPDATE entities SET ${columns.join(', ')}, updated_at = @now WHERE id = @id`).run(values)
  }

  /** The actor's row, merged or not. */
  row(id: number): EntityRow | undefined {
    const raw = this.selectRow.get(id) as RawRow | undefined
    return raw && toRow(raw)
  }

  /** The actor's row when it is live (not merged into another). */
  liveRow(id: number): EntityRow | undefined {
    const row = this.row(id)
    return row && row.mergedInto === null ? row : undefined
  }

  /** Every live actor with its aliases and counts, by name. */
  summaries(aliases: Map<number, Alias[]>): EntitySummary[] {
    const counts = new Map((this.selectCounts.all() as CountRow[]).map((row) => [row.entity_id, row]))
    return (this.selectLiveRows.all() as RawRow[]).map((raw) =>
      toSummary(toRow(raw), aliases.get(raw.id) ?? [], counts.get(raw.id)),
    )
  }

  summary(row: EntityRow, aliases: Alias[]): EntitySummary {
    return toSummary(row, aliases, this.selectCountsOf.get(row.id) as CountRow | undefined)
  }

  children(id: number): { id: number; name: string; type: string }[] {
    return this.selectChildren.all(id) as { id: number; name: string; type: string }[]
  }

  /** Parent, grandparent and so on, nearest first. */
  ancestors(id: number): number[] {
    return (this.selectAncestors.all(id) as { id: number }[]).map((row) => row.id)
  }

  /** Actors hidden because they were merged into this one. */
  mergedInto(id: number): number[] {
    return (this.selectMergedInto.all(id) as { id: number }[]).map((row) => row.id)
  }

  setMergedInto(id: number, keptId: number | null, now: string): void {
    this.updateMergedInto.run(keptId, now, id)
  }

  setParent(id: number, parentId: number | null, now: string): void {
    this.updateParent.run(parentId, now, id)
  }

  delete(id: number): boolean {
    return this.deleteEntity.run(id).changes > 0
  }

  /** Records that the actor's name (as it is now) was looked for across the library. */
  markNameScanned(id: number, name: string, at: string): void {
    this.updateNameScanned.run(at, id, name)
  }

  forgetNameScanned(id: number): void {
    this.clearNameScanned.run(id)
  }

  recordMerge(record: MergeRecord, now: string): void {
    this.insertMergeRecord.run(record.token, record.keptId, record.mergedId, record.moved, now)
  }

  mergeRecord(token: string): MergeRecord | undefined {
    return this.selectMergeRecord.get(token) as MergeRecord | undefined
  }

  forgetMerge(token: string): void {
    this.deleteMergeRecord.run(token)
  }
}

function toRow(raw: RawRow): EntityRow {
  return {
    id: raw.id,
    type: raw.type,
    name: raw.name,
    description: raw.description,
    parentId: raw.parent_id,
    attributes: JSON.parse(raw.attributes) as Record<string, string>,
    mergedInto: raw.merged_into,
  }
}

function toSummary(row: EntityRow, aliases: Alias[], counts: CountRow | undefined): EntitySummary {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    aliases,
    parentId: row.parentId,
    passageCount: counts?.passages ?? 0,
    sourceCount: counts?.sources ?? 0,
    // Ties arrive with the network issue; until then no actor has any.
    tieCount: 0,
  }
}
