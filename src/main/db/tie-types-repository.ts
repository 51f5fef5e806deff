// All SQL about the tie type vocabulary: the eleven Weft starts with and the
// ones a researcher adds, each with its colour and default direction.
import type { Database, Statement } from 'better-sqlite3'
import type { TieType } from '@shared/network/ties'

interface TypeRow {
  name: string
  color: string
  directed: number
  builtin: number
  tie_count: number
}

const SELECT = `SELECT tt.name, tt.color, tt.directed, tt.builtin,
    (SELECT count(*) FROM ties t WHERE t.type = tt.name AND t.deleted_at IS NULL) AS tie_count
  FROM tie_types tt`

export class TieTypesRepository {
  private readonly selectAll: Statement
  private readonly selectOne: Statement
  private readonly insertType: Statement
  private readonly deleteType: Statement
  private readonly countUses: Statement

  constructor(private readonly db: Database) {
    this.selectAll = db.prepare(`${SELECT} ORDER BY tt.position, tt.name`)
    this.selectOne = db.prepare(`${SELECT} WHERE tt.name = ?`)
    this.insertType = db.prepare(`
      INSERT INTO tie_types (name, color, directed, builtin, position)
      VALUES (?, ?, ?, 0, (SELECT coalesce(max(position), 0) + 1 FROM tie_types))`)
    this.deleteType = db.prepare('DELETE FROM tie_types WHERE name = ?')
    // Deleted ties still hold their type until they are purged.
    this.countUses = db.prepare('SELECT count(*) FROM ties WHERE type = ?').pluck()
  }

  list(): TieType[] {
    return (this.selectAll.all() as TypeRow[]).map(toTieType)
  }

  /** The type by name, whatever its case; its stored spelling is the one to use. */
  find(name: string): TieType | undefined {
    const row = this.selectOne.get(name) as TypeRow | undefined
    return row && toTieType(row)
  }

  add(name: string, color: string, directed: boolean): void {
    this.insertType.run(name, color.toLowerCase(), directed ? 1 : 0)
  }

  /** Renames (every tie follows, by the foreign key's ON UPDATE CASCADE), recolours, redirects. */
  update(name: string, patch: { name?: string; color?: string; directed?: boolean }): void {
    const columns: string[] = []
    const values: Record<string, unknown> = { current: name }
    if (patch.name !== undefined) {
      columns.push('name = @name')
      values.name = patch.name
    }
    if (patch.color !== undefined) {
      columns.push('color = @color')
      values.color = patch.color.toLowerCase()
    }
    if (patch.directed !== undefined) {
      columns.push('directed = @directed')
      values.directed = patch.directed ? 1 : 0
    }
    if (columns.length === 0) return
    this.db.prepare(`UPDATE tie_types SET ${columns.join(', ')} WHERE name = @current`).run(values)
    if (patch.name !== undefined) {
      // Suggestions name their type as text (they may outlive it), so they follow by hand.
      this.db.prepare('UPDATE tie_suggestions SET type = ? WHERE type = ?').run(patch.name, name)
    }
  }

  /** How many ties (deleted ones not yet purged included) use the type. */
  uses(name: string): number {
    return this.countUses.get(name) as number
  }

  delete(name: string): boolean {
    return this.deleteType.run(name).changes > 0
  }
}

function toTieType(row: TypeRow): TieType {
  return {
    name: row.name,
    color: row.color,
    directed: row.directed === 1,
    builtin: row.builtin === 1,
    tieCount: row.tie_count,
  }
}
