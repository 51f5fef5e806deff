// Passages: spans of a source's text kept as W3C selectors, linked to actors,
// with a comment and a colour. Linking a passage to an actor settles the
// suggestions it covers; unlinking or deleting it offers them again.
import { randomUUID } from 'node:crypto'
import type { CitedPassage, Passage } from '@shared/actors'
import type { Source } from '@shared/models'
import { WeftError } from '../core/weft-error'
import type { ActorContext } from './actor-context'
import type { EntitiesService } from './entities-service'
import { checkSpan, quoteSelector, type Span } from './text-anchors'

export interface NewPassageInput extends Span {
  sourceId: number
  entityIds?: number[]
  comment?: string | null
  color?: string | null
}

export class PassagesService {
  constructor(
    private readonly context: ActorContext,
    private readonly entities: EntitiesService,
  ) {}

  create(input: NewPassageInput, origin: 'user' | 'suggestion' = 'user'): Passage {
    const source = this.source(input.sourceId)
    checkSpan(source.text, input, `source #${source.id} “${source.title}”`)
    const entityIds = [...new Set(input.entityIds ?? [])]
    for (const entityId of entityIds) this.entities.liveRow(entityId)
    const id = this.context.transaction(() => {
      const created = this.context.passages.insert(
        {
          sourceId: source.id,
          start: input.start,
          end: input.end,
          ...quoteSelector(source.text, input),
          contentHash: source.contentHash,
          status: 'anchored',
          comment: input.comment ?? null,
          color: input.color ?? null,
        },
        this.context.now(),
      )
      for (const entityId of entityIds) this.linkInside(created, entityId, origin)
      return created
    })
    this.announce(source.id, entityIds)
    return this.get(id)
  }

  get(id: number): Passage {
    const passage = this.context.passages.get(id)
    if (!passage) throw new WeftError('not_found', `There is no passage #${id}. It may have been deleted.`)
    return passage
  }

  forSource(sourceId: number): Passage[] {
    this.source(sourceId)
    return this.context.passages.forSource(sourceId)
  }

  forEntity(entityId: number): CitedPassage[] {
    this.entities.liveRow(entityId)
    return this.context.passages.forEntity(entityId)
  }

  update(id: number, patch: { comment?: string | null; color?: string | null }): Passage {
    const passage = this.get(id)
    this.context.passages.setNote(
      id,
      patch.comment === undefined ? passage.comment : patch.comment,
      patch.color === undefined ? passage.color : patch.color,
      this.context.now(),
    )
    this.context.emit('passages:changed', { sourceIds: [passage.sourceId] })
    return this.get(id)
  }

  /** Deletes the passage until the library is next opened; the token undoes it. */
  delete(id: number): { undoToken: string } {
    const passage = this.get(id)
    const undoToken = randomUUID()
    this.context.transaction(() => {
      this.context.passages.softDelete(id, undoToken, this.context.now())
      this.context.mentions.reopenForPassage(id, null)
    })
    this.announce(passage.sourceId, passage.entityIds)
    return { undoToken }
  }

  restore(undoToken: string): Passage {
    const id = this.context.transaction(() => {
      const restored = this.context.passages.restore(undoToken)
      if (restored !== undefined) this.context.mentions.reacceptForPassage(restored)
      return restored
    })
    if (id === undefined) {
      throw new WeftError(
        'not_found',
        'That passage cannot be restored: the delete was undone already, or the library was reopened since.',
      )
    }
    const passage = this.get(id)
    this.announce(passage.sourceId, passage.entityIds)
    return passage
  }

  link(passageId: number, entityId: number): Passage {
    const passage = this.get(passageId)
    this.entities.liveRow(entityId)
    this.context.transaction(() => this.linkInside(passageId, entityId, 'user'))
    this.announce(passage.sourceId, [entityId])
    return this.get(passageId)
  }

  unlink(passageId: number, entityId: number): Passage {
    const passage = this.get(passageId)
    this.context.transaction(() => {
      if (this.context.passages.unlink(passageId, entityId)) {
        this.context.mentions.reopenForPassage(passageId, entityId)
      }
    })
    this.announce(passage.sourceId, [entityId])
    return this.get(passageId)
  }

  /**
   * Confirms a passage flagged after its source's text changed: where it is,
   * or at a corrected span. Its quote is taken afresh from the current text.
   */
  resolveReview(id: number, correction: Partial<Span>): Passage {
    const passage = this.get(id)
    const source = this.source(passage.sourceId)
    const span = { start: correction.start ?? passage.start, end: correction.end ?? passage.end }
    checkSpan(source.text, span, `source #${source.id} “${source.title}”`)
    this.context.passages.setAnchor(
      id,
      { ...span, ...quoteSelector(source.text, span), contentHash: source.contentHash, status: 'anchored' },
      this.context.now(),
    )
    this.context.emit('passages:changed', { sourceIds: [source.id] })
    return this.get(id)
  }

  /** Links inside a transaction; the actor's open suggestions this passage covers count as accepted. */
  linkInside(passageId: number, entityId: number, origin: 'user' | 'suggestion'): void {
    const passage = this.get(passageId)
    this.context.passages.link(passageId, entityId, origin)
    this.context.mentions.acceptCoveredBy(passageId, entityId, passage.sourceId, passage.start, passage.end)
  }

  source(id: number): Source {
    const source = this.context.sources.get(id)
    if (!source) throw new WeftError('not_found', `There is no source #${id}. It may have been deleted.`)
    return source
  }

  private announce(sourceId: number, entityIds: number[]): void {
    this.context.emit('passages:changed', { sourceIds: [sourceId] })
    if (entityIds.length > 0) this.context.emit('actors:changed', { ids: entityIds })
    this.context.emit('mentions:changed', { sourceIds: [sourceId], entityIds })
  }
}
