// Actors: their types, names, aliases, descriptions, parents and attributes.
// Every change to a name or alias tells the scan scheduler, so suggestions
// follow: a new name is looked for across the library, a removed one's open
// suggestions go.
import type { Alias, AliasKind, Entity, EntitySummary, EntityType } from '@shared/actors'
import { WeftError } from '../core/weft-error'
import type { EntityFields, EntityRow } from '../db/entities-repository'
import type { ActorContext } from './actor-context'
import type { MentionScanScheduler } from './mention-scan-scheduler'

export interface NewAlias {
  name: string
  kind: AliasKind
}

export interface NewEntityInput {
  name: string
  type: string
  aliases?: NewAlias[]
  description?: string
  parentId?: number | null
  attributes?: Record<string, string>
}

export class EntitiesService {
  constructor(
    private readonly context: ActorContext,
    private readonly scans: MentionScanScheduler,
  ) {}

  listTypes(): EntityType[] {
    return this.context.types.list()
  }

  addType(name: string): EntityType {
    const existing = this.context.types.find(name)
    if (existing) throw new WeftError('duplicate', `There is already an actor type "${existing.name}".`)
    const type = this.context.types.add(name)
    this.context.emit('actors:changed', { ids: [] })
    return type
  }

  list(): EntitySummary[] {
    return this.context.entities.summaries(this.context.aliases.byEntity())
  }

  summary(id: number): EntitySummary {
    const row = this.liveRow(id)
    return this.context.entities.summary(row, this.context.aliases.of(id))
  }

  get(id: number): Entity {
    const row = this.liveRow(id)
    const parent = row.parentId === null ? undefined : this.context.entities.liveRow(row.parentId)
    return {
      ...this.context.entities.summary(row, this.context.aliases.of(id)),
      description: row.description,
      attributes: row.attributes,
      parent: parent ? { id: parent.id, name: parent.name } : null,
      children: this.context.entities.children(id),
    }
  }

  create(input: NewEntityInput): EntitySummary {
    const type = this.typeNamed(input.type)
    const parentId = input.parentId ?? null
    if (parentId !== null) this.parentRow(parentId)
    const id = this.context.transaction(() => {
      const now = this.context.now()
      const created = this.context.entities.insert(
        {
          type,
          name: input.name,
          description: input.description ?? '',
          parentId,
          attributes: input.attributes ?? {},
        },
        now,
      )
      const seen = new Set([input.name])
      for (const alias of input.aliases ?? []) {
        if (seen.has(alias.name)) continue
        seen.add(alias.name)
        this.context.aliases.insert(created, alias.name, alias.kind, now)
      }
      return created
    })
    this.scans.namesChanged()
    this.context.emit('actors:changed', { ids: [id] })
    return this.summary(id)
  }

  update(id: number, patch: EntityFields): Entity {
    const row = this.liveRow(id)
    const fields: EntityFields = { ...patch }
    if (patch.type !== undefined) fields.type = this.typeNamed(patch.type)
    if (patch.parentId !== undefined && patch.parentId !== null) this.refuseCycle(row, patch.parentId)
    const renamed = patch.name !== undefined && patch.name !== row.name
    let touchedSources: number[] = []
    this.context.transaction(() => {
      this.context.entities.update(id, fields, this.context.now())
      if (renamed) touchedSources = this.dropOpenSuggestionsOf(id, row.name)
    })
    if (renamed) this.scans.namesChanged()
    this.context.emit('actors:changed', { ids: [id] })
    if (touchedSources.length > 0)
      this.context.emit('mentions:changed', { sourceIds: touchedSources, entityIds: [id] })
    return this.get(id)
  }

  /** Deletes the actor with its aliases and links (passages stay) and the actors merged into it. */
  delete(id: number): boolean {
    const row = this.context.entities.liveRow(id)
    if (!row) return false
    const sourceIds = new Set<number>()
    this.context.transaction(() => {
      const doomed = this.withMergedInto(id)
      for (const entityId of doomed) {
        for (const passage of this.context.passages.linkedPassageIds(entityId)) {
          const sourceId = this.context.passages.get(passage)?.sourceId
          if (sourceId !== undefined) sourceIds.add(sourceId)
        }
      }
      // Hidden actors first, so none is left pointing at a deleted one.
      for (const entityId of doomed.reverse()) this.context.entities.delete(entityId)
    })
    this.scans.namesChanged()
    this.context.emit('actors:changed', { ids: [id] })
    if (sourceIds.size > 0) this.context.emit('passages:changed', { sourceIds: [...sourceIds] })
    this.context.emit('mentions:changed', { sourceIds: [], entityIds: [id] })
    return true
  }

  addAlias(entityId: number, alias: NewAlias): Alias {
    const row = this.liveRow(entityId)
    if (alias.name === row.name || this.context.aliases.findByName(entityId, alias.name)) {
      throw new WeftError('duplicate', `"${row.name}" already has the name or alias "${alias.name}".`)
    }
    const id = this.context.aliases.insert(entityId, alias.name, alias.kind, this.context.now())
    this.scans.namesChanged()
    this.context.emit('actors:changed', { ids: [entityId] })
    return { id, name: alias.name, kind: alias.kind }
  }

  removeAlias(aliasId: number): boolean {
    const alias = this.context.aliases.get(aliasId)
    if (!alias) return false
    const sourceIds = this.context.transaction(() => {
      this.context.aliases.delete(aliasId)
      return this.dropOpenSuggestionsOf(alias.entityId, alias.name)
    })
    this.scans.namesChanged()
    this.context.emit('actors:changed', { ids: [alias.entityId] })
    if (sourceIds.length > 0) {
      this.context.emit('mentions:changed', { sourceIds, entityIds: [alias.entityId] })
    }
    return true
  }

  /** The live actor, or a not_found error that says what happened. */
  liveRow(id: number): EntityRow {
    const row = this.context.entities.row(id)
    if (!row) throw new WeftError('not_found', `There is no actor #${id}. It may have been deleted.`)
    if (row.mergedInto !== null) {
      throw new WeftError(
        'not_found',
        `"${row.name}" (#${id}) was merged into actor #${row.mergedInto}. Undo the merge to work on it again.`,
      )
    }
    return row
  }

  /**
   * Drops the open suggestions a name made and rescans those sources, since
   * another name of the actor may still be found at the same places.
   */
  private dropOpenSuggestionsOf(entityId: number, name: string): number[] {
    const sourceIds = this.context.mentions.deleteOpenForAlias(entityId, name)
    this.context.mentions.forgetScans(sourceIds)
    return sourceIds
  }

  private withMergedInto(id: number): number[] {
    const all = [id]
    for (let index = 0; index < all.length; index += 1)
      all.push(...this.context.entities.mergedInto(all[index]!))
    return all
  }

  private typeNamed(name: string): string {
    const type = this.context.types.find(name)
    if (type) return type.name
    const known = this.context.types
      .list()
      .map((one) => one.name)
      .join(', ')
    throw new WeftError(
      'invalid_input',
      `There is no actor type "${name}". Use one of: ${known}; or add the type first.`,
    )
  }

  private parentRow(parentId: number): EntityRow {
    const parent = this.context.entities.liveRow(parentId)
    if (!parent) {
      throw new WeftError(
        'not_found',
        `There is no actor #${parentId} to be the parent. It may have been deleted or merged.`,
      )
    }
    return parent
  }

  /** A directorate part of a ministry part of the directorate would make a loop: refuse it. */
  private refuseCycle(row: EntityRow, parentId: number): void {
    const parent = this.parentRow(parentId)
    if (parentId === row.id) throw new WeftError('invalid_input', `"${row.name}" cannot be part of itself.`)
    if (this.context.entities.ancestors(parentId).includes(row.id)) {
      throw new WeftError(
        'invalid_input',
        `"${row.name}" cannot be part of "${parent.name}": "${parent.name}" is already part of "${row.name}".`,
      )
    }
  }
}
