// Tags on sources: free names, case-insensitive, created on first use and
// forgotten when no source carries them.
import type { Database, Statement } from 'better-sqlite3'
import type { TagCount } from '@shared/models'

export class TagsRepository {
  private readonly upsertTag: Statement
  private readonly selectTagId: Statement
  private readonly linkTag: Statement
  private readonly unlinkTag: Statement
  private readonly unlinkAll: Statement
  private readonly selectCounts: Statement
  private readonly selectAllLinks: Statement
  private readonly selectTagsOf: Statement
  private readonly pruneTags: Statement

  constructor(private readonly db: Database) {
    this.upsertTag = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING')
    this.selectTagId = db.prepare('SELECT id FROM tags WHERE name = ?')
    this.linkTag = db.prepare('INSERT OR IGNORE INTO source_tags (source_id, tag_id) VALUES (?, ?)')
    this.unlinkTag = db.prepare('DELETE FROM source_tags WHERE source_id = ? AND tag_id = ?')
    this.unlinkAll = db.prepare('DELETE FROM source_tags WHERE source_id = ?')
    this.selectCounts = db.prepare(`
      SELECT t.name AS name, count(s.id) AS count
      FROM tags t JOIN source_tags st ON st.tag_id = t.id JOIN sources s ON s.id = st.source_id AND s.deleted_at IS NULL
      GROUP BY t.id ORDER BY t.name COLLATE NOCASE`)
    this.selectAllLinks = db.prepare(
      'SELECT st.source_id AS sourceId, t.name AS name FROM source_tags st JOIN tags t ON t.id = st.tag_id ORDER BY t.name COLLATE NOCASE',
    )
    this.selectTagsOf = db.prepare(
      'SELECT t.name AS name FROM source_tags st JOIN tags t ON t.id = st.tag_id WHERE st.source_id = ? ORDER BY t.name COLLATE NOCASE',
    )
    this.pruneTags = db.prepare('DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM source_tags)')
  }

  counts(): TagCount[] {
    return this.selectCounts.all() as TagCount[]
  }

  /** Every source's tags at once, for listing many sources. */
  bySource(): Map<number, string[]> {
    const map = new Map<number, string[]>()
    for (const row of this.selectAllLinks.iterate() as Iterable<{ sourceId: number; name: string }>) {
      const list = map.get(row.sourceId)
      if (list) list.push(row.name)
      else map.set(row.sourceId, [row.name])
    }
    return map
  }

  of(sourceId: number): string[] {
    return (this.selectTagsOf.all(sourceId) as { name: string }[]).map((row) => row.name)
  }

  set(sourceId: number, names: string[]): void {
    this.unlinkAll.run(sourceId)
    this.add([sourceId], names)
  }

  add(sourceIds: number[], names: string[]): void {
    const tagIds = uniqueNames(names).map((name) => this.idFor(name))
    for (const sourceId of sourceIds) for (const tagId of tagIds) this.linkTag.run(sourceId, tagId)
  }

  remove(sourceIds: number[], names: string[]): void {
    for (const name of uniqueNames(names)) {
      const row = this.selectTagId.get(name) as { id: number } | undefined
      if (!row) continue
      for (const sourceId of sourceIds) this.unlinkTag.run(sourceId, row.id)
    }
  }

  prune(): void {
    this.pruneTags.run()
  }

  private idFor(name: string): number {
    this.upsertTag.run(name)
    return (this.selectTagId.get(name) as { id: number }).id
  }
}

/** Trimmed, non-empty, and each name once regardless of case. */
export function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, string>()
  for (const raw of names) {
    const name = raw.trim()
    if (name.length > 0 && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name)
  }
  return [...seen.values()]
}
