// Ties between actors: record, edit, delete (undoably), add and remove
// evidence, list them with their actors and quote their evidence. A tie of an
// actor merged into another is shown as that other's.
import { randomUUID } from 'node:crypto'
import { tieDatesProblem } from '@shared/network/tie-dates'
import type { Tie, TieDetail, TieFields, TieSummary } from '@shared/network/ties'
import { WeftError } from '../core/weft-error'
import type { StoredTieFields } from '../db/ties-repository'
import { ActorResolver } from './actor-resolver'
import type { NetworkContext } from './network-context'
import type { TieTypesService } from './tie-types-service'

export type NewTieInput = Omit<TieFields, 'directed'> & { directed?: boolean | undefined }

export class TiesService {
  constructor(
    private readonly context: NetworkContext,
    private readonly types: TieTypesService,
  ) {}

  create(input: NewTieInput): TieDetail {
    const type = this.types.named(input.type)
    const fields = this.checkedFields({
      ...storedFields({ ...input, directed: input.directed ?? type.directed }),
      type: type.name,
    })
    const evidenceIds = this.checkedPassages(input.evidenceIds)
    const id = this.context.transaction(() => {
      const now = this.context.now()
      const created = this.context.ties.insert(fields, now)
      for (const passageId of evidenceIds) this.context.ties.addEvidence(created, passageId, now)
      return created
    })
    this.announce([fields.fromId, fields.toId])
    return this.get(id)
  }

  update(id: number, patch: Partial<StoredTieFields>): TieDetail {
    const current = this.tie(id)
    const type = patch.type === undefined ? current.type : this.types.named(patch.type).name
    const fields = this.checkedFields({ ...storedFields(current), ...patch, type })
    // An end not changed keeps the actor it was recorded with (merged or not), so undoing a merge
    // still gives the tie back to it.
    if (patch.fromId === undefined) fields.fromId = current.fromId
    if (patch.toId === undefined) fields.toId = current.toId
    this.context.transaction(() => this.context.ties.update(id, fields, this.context.now()))
    this.announce([current.fromId, current.toId, fields.fromId, fields.toId])
    return this.get(id)
  }

  delete(id: number): { undoToken: string } {
    const tie = this.tie(id)
    const token = randomUUID()
    this.context.transaction(() => this.context.ties.softDelete(id, token, this.context.now()))
    this.announce([tie.fromId, tie.toId])
    return { undoToken: token }
  }

  restore(undoToken: string): TieDetail {
    const id = this.context.transaction(() => this.context.ties.restore(undoToken))
    if (id === undefined) {
      throw new WeftError(
        'not_found',
        'That tie cannot be brought back any more: the library was reopened since it was deleted.',
      )
    }
    const tie = this.get(id)
    this.announce([tie.fromId, tie.toId])
    return tie
  }

  addEvidence(tieId: number, passageIds: number[]): TieDetail {
    const tie = this.tie(tieId)
    const live = this.checkedPassages(passageIds)
    this.context.transaction(() => {
      const now = this.context.now()
      for (const passageId of live) this.context.ties.addEvidence(tieId, passageId, now)
    })
    this.announce([tie.fromId, tie.toId])
    return this.get(tieId)
  }

  removeEvidence(tieId: number, passageId: number): TieDetail {
    const tie = this.tie(tieId)
    this.context.transaction(() => this.context.ties.removeEvidence(tieId, passageId))
    this.announce([tie.fromId, tie.toId])
    return this.get(tieId)
  }

  /** Every tie, or those of one actor (and of actors merged into it). */
  list(entityId?: number): TieSummary[] {
    if (entityId !== undefined) this.liveActor(entityId)
    const ties = entityId === undefined ? this.context.ties.all() : this.context.ties.forEntity(entityId)
    return this.summarise(ties)
  }

  get(id: number): TieDetail {
    return this.getMany([id])[0] ?? this.missing(id)
  }

  /** The live ones among these ties, with their evidence quoted. */
  getMany(ids: number[]): TieDetail[] {
    const ties = ids.map((id) => this.context.ties.get(id)).filter((tie): tie is Tie => tie !== undefined)
    const evidence = this.context.ties.citedEvidence(ties.map((tie) => tie.id))
    return this.summarise(ties).map((tie) => ({ ...tie, evidence: evidence.get(tie.id) ?? [] }))
  }

  resolver(): ActorResolver {
    return new ActorResolver(this.context.ties.mergedInto())
  }

  private summarise(ties: Tie[]): TieSummary[] {
    const resolver = this.resolver()
    const resolved = ties.map((tie) => ({
      ...tie,
      fromId: resolver.live(tie.fromId),
      toId: resolver.live(tie.toId),
    }))
    const names = this.context.ties.actorNames([
      ...new Set(resolved.flatMap((tie) => [tie.fromId, tie.toId])),
    ])
    return resolved.map((tie) => ({
      ...tie,
      fromName: names.get(tie.fromId)?.name ?? `#${tie.fromId}`,
      fromType: names.get(tie.fromId)?.type ?? 'other',
      toName: names.get(tie.toId)?.name ?? `#${tie.toId}`,
      toType: names.get(tie.toId)?.type ?? 'other',
    }))
  }

  private tie(id: number): Tie {
    return this.context.ties.get(id) ?? this.missing(id)
  }

  private missing(id: number): never {
    throw new WeftError('not_found', `There is no tie #${id}. It may have been deleted.`)
  }

  /** The fields as they will be stored: live actors, two different ones, dates that make sense. */
  private checkedFields(fields: StoredTieFields): StoredTieFields {
    const fromId = this.liveActor(fields.fromId)
    const toId = this.liveActor(fields.toId)
    if (fromId === toId)
      throw new WeftError('invalid_input', 'A tie joins two different actors: pick another actor at one end.')
    const place = fields.place?.trim() || null
    const checked = { ...fields, fromId, toId, place, endDate: fields.ongoing ? null : fields.endDate }
    const problem = tieDatesProblem(checked)
    if (problem) throw new WeftError('invalid_input', problem)
    return checked
  }

  /** A live actor's id: a merged actor's ties go to the actor it was merged into. */
  private liveActor(id: number): number {
    const live = this.resolver().live(id)
    if (this.context.ties.actorNames([live]).size === 0) {
      throw new WeftError('not_found', `There is no actor #${id}. It may have been deleted.`)
    }
    return live
  }

  private checkedPassages(ids: readonly number[]): number[] {
    const unique = [...new Set(ids)]
    if (unique.length === 0) return []
    const live = this.context.ties.livePassages(unique)
    const gone = unique.filter((id) => !live.has(id))
    if (gone.length > 0) {
      throw new WeftError(
        'not_found',
        `There is no passage ${gone.map((id) => `#${id}`).join(', ')}: it may have been deleted with its source. Pick the evidence again.`,
      )
    }
    return unique
  }

  private announce(actorIds: number[]): void {
    this.context.emit('actors:changed', { ids: [...new Set(actorIds)] })
  }
}

function storedFields(tie: StoredTieFields): StoredTieFields {
  const {
    fromId,
    toId,
    type,
    directed,
    startDate,
    endDate,
    ongoing,
    status,
    confidence,
    place,
    description,
  } = tie
  return { fromId, toId, type, directed, startDate, endDate, ongoing, status, confidence, place, description }
}
