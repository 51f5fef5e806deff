// All SQL about saved network views: a name, the view's settings and where
// each actor sits, as JSON the network service checks before storing.
import type { Database, Statement } from 'better-sqlite3'

export interface NetworkViewRow {
  id: number
  name: string
  settings: string
  positions: string
  createdAt: string
  updatedAt: string
}

const COLUMNS = 'id, name, settings, positions, created_at AS createdAt, updated_at AS updatedAt'

export class NetworkViewsRepository {
  private readonly selectAll: Statement
  private readonly selectOne: Statement
  private readonly selectByName: Statement
  private readonly insertView: Statement
  private readonly updateView: Statement
  private readonly deleteView: Statement

  constructor(db: Database) {
    this.selectAll = db.prepare(`SELECT ${COLUMNS} FROM network_views ORDER BY name COLLATE NOCASE, id`)
    this.selectOne = db.prepare(`SELECT ${COLUMNS} FROM network_views WHERE id = ?`)
    this.selectByName = db.prepare(`SELECT ${COLUMNS} FROM network_views WHERE name = ?`)
    this.insertView = db.prepare(`
      INSERT INTO network_views (name, settings, positions, created_at, updated_at)
      VALUES (@name, @settings, @positions, @now, @now)`)
    this.updateView = db.prepare(`
      UPDATE network_views SET name = @name, settings = @settings, positions = @positions, updated_at = @now
      WHERE id = @id`)
    this.deleteView = db.prepare('DELETE FROM network_views WHERE id = ?')
  }

  list(): NetworkViewRow[] {
    return this.selectAll.all() as NetworkViewRow[]
  }

  get(id: number): NetworkViewRow | undefined {
    return this.selectOne.get(id) as NetworkViewRow | undefined
  }

  /** The view with this name, whatever its case. */
  byName(name: string): NetworkViewRow | undefined {
    return this.selectByName.get(name) as NetworkViewRow | undefined
  }

  insert(view: { name: string; settings: string; positions: string }, now: string): number {
    return Number(this.insertView.run({ ...view, now }).lastInsertRowid)
  }

  update(id: number, view: { name: string; settings: string; positions: string }, now: string): void {
    this.updateView.run({ ...view, id, now })
  }

  delete(id: number): boolean {
    return this.deleteView.run(id).changes > 0
  }
}
