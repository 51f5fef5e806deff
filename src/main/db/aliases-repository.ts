// All SQL about actors' aliases, and the list of names mention scanning looks
// for: every live actor's name plus its aliases, with whether each has been
// looked for across the whole library yet.
import type { Database, Statement } from 'better-sqlite3'
import type { Alias, AliasKind } from '@shared/actors'

export interface AliasRow extends Alias {
  entityId: number
}

/** One name to look for: an actor's own name (aliasId null) or one of its aliases. */
export interface ScanName {
  entityId: number
  alias: string
  kind: AliasKind
  aliasId: number | null
}

interface RawAlias {
  id: number
  entity_id: number
  name: string
  kind: AliasKind
}

interface RawScanName {
  entity_id: number
  alias: string
  kind: AliasKind
  alias_id: number | null
}

const LIVE_NAMES = `
  SELECT e.id AS entity_id, e.name AS alias, 'name' AS kind, NULL AS alias_id, e.name_scanned_at AS scanned_at
  FROM entities e WHERE e.merged_into IS NULL
  UNION ALL
  SELECT a.entity_id, a.name, a.kind, a.id, a.scanned_at
  FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE e.merged_into IS NULL`

export class AliasesRepository {
  private readonly selectOf: Statement
  private readonly selectLive: Statement
  private readonly selectOne: Statement
  private readonly selectByName: Statement
  private readonly insertAlias: Statement
  private readonly deleteAlias: Statement
  private readonly updateOwner: Statement
  private readonly selectNames: Statement
  private readonly selectUnscanned: Statement
  private readonly updateScanned: Statement
  private readonly countUnscanned: Statement

  constructor(db: Database) {
    this.selectOf = db.prepare(
      'SELECT id, entity_id, name, kind FROM aliases WHERE entity_id = ? ORDER BY id',
    )
    this.selectLive = db.prepare(`
      SELECT a.id, a.entity_id, a.name, a.kind FROM aliases a
      JOIN entities e ON e.id = a.entity_id WHERE e.merged_into IS NULL ORDER BY a.entity_id, a.id`)
    this.selectOne = db.prepare('SELECT id, entity_id, name, kind FROM aliases WHERE id = ?')
    this.selectByName = db.prepare(
      'SELECT id, entity_id, name, kind FROM aliases WHERE entity_id = ? AND name = ?',
    )
    this.insertAlias = db.prepare(
      'INSERT INTO aliases (entity_id, name, kind, created_at, scanned_at) VALUES (?, ?, ?, ?, ?)',
    )
    this.deleteAlias = db.prepare('DELETE FROM aliases WHERE id = ?')
    this.updateOwner = db.prepare('UPDATE OR IGNORE aliases SET entity_id = ? WHERE id = ?')
    this.selectNames = db.prepare(`SELECT entity_id, alias, kind, alias_id FROM (${LIVE_NAMES})`)
    this.selectUnscanned = db.prepare(
      `SELECT entity_id, alias, kind, alias_id FROM (${LIVE_NAMES}) WHERE scanned_at IS NULL`,
    )
    this.countUnscanned = db.prepare(`SELECT count(*) AS n FROM (${LIVE_NAMES}) WHERE scanned_at IS NULL`)
    this.updateScanned = db.prepare('UPDATE aliases SET scanned_at = ? WHERE id = ?')
  }

  of(entityId: number): Alias[] {
    return (this.selectOf.all(entityId) as RawAlias[]).map(toAlias)
  }

  /** The aliases of every live actor, by actor. */
  byEntity(): Map<number, Alias[]> {
    const byEntity = new Map<number, Alias[]>()
    for (const raw of this.selectLive.all() as RawAlias[]) {
      const list = byEntity.get(raw.entity_id)
      if (list) list.push(toAlias(raw))
      else byEntity.set(raw.entity_id, [toAlias(raw)])
    }
    return byEntity
  }

  get(id: number): AliasRow | undefined {
    const raw = this.selectOne.get(id) as RawAlias | undefined
    return raw && { ...toAlias(raw), entityId: raw.entity_id }
  }

  findByName(entityId: number, name: string): AliasRow | undefined {
    const raw = this.selectByName.get(entityId, name) as RawAlias | undefined
    return raw && { ...toAlias(raw), entityId: raw.entity_id }
  }

  /** Adds an alias; `scannedAt` null means it is still to be looked for across the library. */
  insert(
    entityId: number,
    name: string,
    kind: AliasKind,
    now: string,
    scannedAt: string | null = null,
  ): number {
    return Number(this.insertAlias.run(entityId, name, kind, now, scannedAt).lastInsertRowid)
  }

  delete(id: number): boolean {
    return this.deleteAlias.run(id).changes > 0
  }

  /** Moves an alias to another actor; false when that actor already has the same alias. */
  move(id: number, entityId: number): boolean {
    return this.updateOwner.run(entityId, id).changes > 0
  }

  /** Every name and alias of every live actor: what a full scan looks for. */
  scanNames(): ScanName[] {
    return (this.selectNames.all() as RawScanName[]).map(toScanName)
  }

  /** Names and aliases not yet looked for across the whole library. */
  unscannedNames(): ScanName[] {
    return (this.selectUnscanned.all() as RawScanName[]).map(toScanName)
  }

  hasUnscannedNames(): boolean {
    return (this.countUnscanned.get() as { n: number }).n > 0
  }

  markAliasScanned(id: number, at: string): void {
    this.updateScanned.run(at, id)
  }
}

function toAlias(raw: RawAlias): Alias {
  return { id: raw.id, name: raw.name, kind: raw.kind }
}

function toScanName(raw: RawScanName): ScanName {
  return { entityId: raw.entity_id, alias: raw.alias, kind: raw.kind, aliasId: raw.alias_id }
}
