// Collections: named sets of sources; a source may be in several.
import type { Database, Statement } from 'better-sqlite3'
import type { Collection } from '@shared/models'
import { WeftError } from '../core/weft-error'

export class CollectionsRepository {
  private readonly selectAll: Statement
  private readonly selectOne: Statement
  private readonly selectByName: Statement
  private readonly insertCollection: Statement
  private readonly renameCollection: Statement
  private readonly deleteCollection: Statement
  private readonly addMember: Statement
  private readonly removeMember: Statement
  private readonly removeAllOf: Statement
  private readonly selectAllLinks: Statement
  private readonly selectOf: Statement
  private readonly selectLiveSource: Statement

  constructor(db: Database) {
    const withCount = `
      SELECT c.id AS id, c.name AS name,
        (SELECT count(*) FROM source_collections sc JOIN sources s ON s.id = sc.source_id AND s.deleted_at IS NULL
         WHERE sc.collection_id = c.id) AS sourceCount
      FROM collections c`
    this.selectAll = db.prepare(`${withCount} ORDER BY c.name COLLATE NOCASE`)
    this.selectOne = db.prepare(`${withCount} WHERE c.id = ?`)
    this.selectByName = db.prepare('SELECT id FROM collections WHERE name = ?')
    this.insertCollection = db.prepare('INSERT INTO collections (name, created_at) VALUES (?, ?)')
    this.renameCollection = db.prepare('UPDATE collections SET name = ? WHERE id = ?')
    this.deleteCollection = db.prepare('DELETE FROM collections WHERE id = ?')
    this.addMember = db.prepare(
      'INSERT OR IGNORE INTO source_collections (source_id, collection_id) VALUES (?, ?)',
    )
    this.removeMember = db.prepare('DELETE FROM source_collections WHERE source_id = ? AND collection_id = ?')
    this.removeAllOf = db.prepare('DELETE FROM source_collections WHERE source_id = ?')
    this.selectAllLinks = db.prepare(
      'SELECT source_id AS sourceId, collection_id AS collectionId FROM source_collections',
    )
    this.selectOf = db.prepare(
      'SELECT collection_id AS id FROM source_collections WHERE source_id = ? ORDER BY collection_id',
    )
    this.selectLiveSource = db.prepare('SELECT 1 FROM sources WHERE id = ? AND deleted_at IS NULL')
  }

  list(): Collection[] {
    return this.selectAll.all() as Collection[]
  }

  get(id: number): Collection {
    const row = this.selectOne.get(id) as Collection | undefined
    if (!row) throw new WeftError('not_found', `Collection ${id} does not exist. It may have been deleted.`)
    return row
  }

  create(name: string): Collection {
    this.refuseTakenName(name)
    const { lastInsertRowid } = this.insertCollection.run(name, new Date().toISOString())
    return this.get(Number(lastInsertRowid))
  }

  rename(id: number, name: string): Collection {
    this.get(id)
    this.refuseTakenName(name, id)
    this.renameCollection.run(name, id)
    return this.get(id)
  }

  delete(id: number): boolean {
    return this.deleteCollection.run(id).changes > 0
  }

  /**
   * Adds or removes sources; returns how many memberships changed. Sources that
   * are gone (deleted meanwhile, perhaps in another window) are skipped rather
   * than failing the whole selection.
   */
  setMembership(id: number, sourceIds: number[], member: boolean): number {
    this.get(id)
    let changed = 0
    for (const sourceId of new Set(sourceIds)) {
      if (member && this.selectLiveSource.get(sourceId) === undefined) continue
      changed += (member ? this.addMember.run(sourceId, id) : this.removeMember.run(sourceId, id)).changes
    }
    return changed
  }

  bySource(): Map<number, number[]> {
    const map = new Map<number, number[]>()
    for (const row of this.selectAllLinks.iterate() as Iterable<{ sourceId: number; collectionId: number }>) {
      const list = map.get(row.sourceId)
      if (list) list.push(row.collectionId)
      else map.set(row.sourceId, [row.collectionId])
    }
    return map
  }

  of(sourceId: number): number[] {
    return (this.selectOf.all(sourceId) as { id: number }[]).map((row) => row.id)
  }

  setFor(sourceId: number, collectionIds: number[]): void {
    for (const id of collectionIds) this.get(id)
    this.removeAllOf.run(sourceId)
    for (const id of new Set(collectionIds)) this.addMember.run(sourceId, id)
  }

  private refuseTakenName(name: string, exceptId?: number): void {
    const existing = this.selectByName.get(name) as { id: number } | undefined
    if (existing && existing.id !== exceptId) {
      throw new WeftError(
        'invalid_input',
        `A collection named “${name}” already exists. Choose another name.`,
      )
    }
  }
}
