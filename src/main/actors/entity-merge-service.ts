// Merging two actors and undoing it, and splitting an alias off into an actor
// of its own. A merge records exactly what it moved, so undoing it puts back
// exactly that: aliases, links to passages, suggestions, children, parent.
import { randomUUID } from 'node:crypto'
import type { EntitySummary, MergeReceipt } from '@shared/actors'
import { WeftError } from '../core/weft-error'
import type { ActorContext } from './actor-context'
import type { EntitiesService } from './entities-service'
import type { MentionScanScheduler } from './mention-scan-scheduler'

/** What a merge moved; stored as JSON in entity_merges. */
interface MergeMoves {
  /** Aliases of the merged actor now on the kept one. */
  aliasIds: number[]
  /** The alias made from the merged actor's name, if one was made. */
  nameAliasId: number | null
  /** Passages whose link moved from the merged actor to the kept one. */
  passageIds: number[]
  suggestionIds: number[]
  /** Children of the merged actor now children of the kept one. */
  childIds: number[]
  /** The kept actor's parent before, when it was the merged actor. */
  keptParentBefore: number | null
}

export class EntityMergeService {
  constructor(
    private readonly context: ActorContext,
    private readonly entities: EntitiesService,
    private readonly scans: MentionScanScheduler,
  ) {}

  merge(keepId: number, otherId: number): MergeReceipt {
    if (keepId === otherId) throw new WeftError('invalid_input', 'An actor cannot be merged into itself.')
    const kept = this.entities.liveRow(keepId)
    const other = this.entities.liveRow(otherId)
    const { context } = this
    const token = randomUUID()
    const sourceIds = new Set<number>()
    context.transaction(() => {
      const now = context.now()
      const moves: MergeMoves = {
        aliasIds: [],
        nameAliasId: null,
        passageIds: [],
        suggestionIds: [],
        childIds: [],
        keptParentBefore: null,
      }
      for (const alias of context.aliases.of(otherId)) {
        // An alias the kept actor already has stays with the merged one (hidden), ready for an undo.
        if (alias.name !== kept.name && context.aliases.move(alias.id, keepId)) moves.aliasIds.push(alias.id)
      }
      if (other.name !== kept.name && !context.aliases.findByName(keepId, other.name)) {
        // The name was looked for already (as the other actor's), so it needs no new scan.
        moves.nameAliasId = context.aliases.insert(keepId, other.name, 'name', now, now)
      }
      for (const passageId of context.passages.linkedPassageIds(otherId)) {
        if (context.passages.moveLink(passageId, otherId, keepId)) {
          moves.passageIds.push(passageId)
          const sourceId = context.passages.get(passageId)?.sourceId
          if (sourceId !== undefined) sourceIds.add(sourceId)
        }
      }
      for (const id of context.mentions.idsOfEntity(otherId)) {
        if (context.mentions.move(id, keepId)) moves.suggestionIds.push(id)
      }
      for (const child of context.entities.children(otherId)) {
        if (child.id === keepId) continue
        context.entities.setParent(child.id, keepId, now)
        moves.childIds.push(child.id)
      }
      if (kept.parentId === otherId) {
        moves.keptParentBefore = otherId
        context.entities.setParent(keepId, other.parentId === keepId ? null : other.parentId, now)
      }
      context.entities.setMergedInto(otherId, keepId, now)
      context.entities.recordMerge(
        { token, keptId: keepId, mergedId: otherId, moved: JSON.stringify(moves) },
        now,
      )
    })
    this.scans.namesChanged()
    this.announce([keepId, otherId], sourceIds)
    return { keptId: keepId, mergedId: otherId, undoToken: token }
  }

  /** Undoes a merge: the merged actor is back with exactly what it had. */
  unmerge(undoToken: string): { restoredId: number } {
    const { context } = this
    const record = context.entities.mergeRecord(undoToken)
    if (!record) {
      throw new WeftError(
        'not_found',
        'That merge cannot be undone any more: it was undone already, or an actor in it was deleted.',
      )
    }
    const kept = context.entities.row(record.keptId)
    if (kept?.mergedInto !== null) {
      throw new WeftError(
        'invalid_input',
        `Actor #${record.keptId} was itself merged into #${kept?.mergedInto} since. Undo that merge first.`,
      )
    }
    const moves = JSON.parse(record.moved) as MergeMoves
    const sourceIds = new Set<number>()
    context.transaction(() => {
      const now = context.now()
      // Only what is still where the merge put it goes back; what was changed since stays changed.
      const returning: string[] = []
      for (const aliasId of moves.aliasIds) {
        const alias = context.aliases.get(aliasId)
        if (alias?.entityId === record.keptId && context.aliases.move(aliasId, record.mergedId)) {
          returning.push(alias.name)
        }
      }
      if (moves.nameAliasId !== null) {
        const nameAlias = context.aliases.get(moves.nameAliasId)
        if (nameAlias) returning.push(nameAlias.name)
        context.aliases.delete(moves.nameAliasId)
      }
      for (const passageId of moves.passageIds) {
        if (context.passages.moveLink(passageId, record.keptId, record.mergedId)) {
          const sourceId = context.passages.get(passageId)?.sourceId
          if (sourceId !== undefined) sourceIds.add(sourceId)
        }
      }
      for (const id of moves.suggestionIds) {
        if (context.mentions.get(id)?.entityId === record.keptId) context.mentions.move(id, record.mergedId)
      }
      for (const childId of moves.childIds) {
        if (context.entities.row(childId)?.parentId === record.keptId) {
          context.entities.setParent(childId, record.mergedId, now)
        }
      }
      if (moves.keptParentBefore !== null)
        context.entities.setParent(record.keptId, moves.keptParentBefore, now)
      // Suggestions the returning names found for the kept actor while merged are the merged actor's:
      // drop them and look again in those sources.
      for (const name of returning) {
        const found = context.mentions.deleteOpenForAlias(record.keptId, name)
        context.mentions.forgetScans(found)
        for (const sourceId of found) sourceIds.add(sourceId)
      }
      context.entities.setMergedInto(record.mergedId, null, now)
      context.entities.forgetMerge(undoToken)
    })
    this.scans.namesChanged()
    this.announce([record.keptId, record.mergedId], sourceIds)
    return { restoredId: record.mergedId }
  }

  /** The alias becomes an actor of its own (same type); its open suggestions go with it. */
  splitAlias(aliasId: number): EntitySummary {
    const { context } = this
    const alias = context.aliases.get(aliasId)
    if (!alias) throw new WeftError('not_found', `There is no alias #${aliasId}. It may have been removed.`)
    const owner = this.entities.liveRow(alias.entityId)
    let newId = 0
    const sourceIds = new Set<number>()
    context.transaction(() => {
      const now = context.now()
      newId = context.entities.insert(
        { type: owner.type, name: alias.name, description: '', parentId: null, attributes: {} },
        now,
      )
      // Its suggestions move rather than being found again, so the name counts as looked for.
      context.entities.markNameScanned(newId, alias.name, now)
      for (const id of context.mentions.openIdsOfAlias(owner.id, alias.name)) {
        const suggestion = context.mentions.get(id)
        if (suggestion && context.mentions.move(id, newId)) sourceIds.add(suggestion.sourceId)
      }
      context.aliases.delete(aliasId)
      // Another name of the original actor may be found at the same places: look again there.
      context.mentions.forgetScans([...sourceIds])
    })
    this.scans.namesChanged()
    context.emit('actors:changed', { ids: [owner.id, newId] })
    context.emit('mentions:changed', { sourceIds: [...sourceIds], entityIds: [owner.id, newId] })
    return this.entities.summary(newId)
  }

  private announce(entityIds: number[], sourceIds: Set<number>): void {
    this.context.emit('actors:changed', { ids: entityIds })
    if (sourceIds.size > 0) this.context.emit('passages:changed', { sourceIds: [...sourceIds] })
    this.context.emit('mentions:changed', { sourceIds: [...sourceIds], entityIds })
  }
}
