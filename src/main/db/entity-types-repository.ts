// All SQL about actor types: the eight built in and the ones a researcher adds.
import type { Database, Statement } from 'better-sqlite3'
import type { EntityType } from '@shared/actors'

interface TypeRow {
  name: string
  builtin: number
}

export class EntityTypesRepository {
  private readonly selectAll: Statement
  private readonly selectOne: Statement
  private readonly insertType: Statement

  constructor(db: Database) {
    this.selectAll = db.prepare('SELECT name, builtin FROM entity_types ORDER BY position, name')
    this.selectOne = db.prepare('SELECT name, builtin FROM entity_types WHERE name = ?')
    this.insertType = db.prepare(
      'INSERT INTO entity_types (name, builtin, position) VALUES (?, 0, (SELECT coalesce(max(position), 0) + 1 FROM entity_types))',
    )
  }

  list(): EntityType[] {
    return (this.selectAll.all() as TypeRow[]).map(toEntityType)
  }

  /** The type by name, whatever its case; its stored spelling is the one to use. */
  find(name: string): EntityType | undefined {
    const row = this.selectOne.get(name) as TypeRow | undefined
    return row && toEntityType(row)
  }

  add(name: string): EntityType {
    this.insertType.run(name)
    return { name, builtin: false }
  }
}

function toEntityType(row: TypeRow): EntityType {
  return { name: row.name, builtin: row.builtin === 1 }
}
