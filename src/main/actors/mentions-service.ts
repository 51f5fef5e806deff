// Mention suggestions as the researcher reviews them: accept (a passage linked
// to the actor, reusing a passage at the same span), reject (remembered, so
// no rescan offers it again; undoable), or accept all of a source's at once.
import type { MentionSuggestion, Passage, SuggestionStatus } from '@shared/actors'
import type { Source } from '@shared/models'
import { WeftError } from '../core/weft-error'
import type { SuggestionRow } from '../db/mentions-repository'
import type { ActorContext } from './actor-context'
import type { EntitiesService } from './entities-service'
import type { MentionScanScheduler } from './mention-scan-scheduler'
import type { PassagesService } from './passages-service'
import { quoteSelector } from './text-anchors'

export class MentionsService {
  constructor(
    private readonly context: ActorContext,
    private readonly entities: EntitiesService,
    private readonly passages: PassagesService,
    private readonly scans: MentionScanScheduler,
  ) {}

  forSource(sourceId: number): MentionSuggestion[] {
    this.passages.source(sourceId)
    return this.context.mentions.openForSource(sourceId)
  }

  forEntity(entityId: number, status: SuggestionStatus): MentionSuggestion[] {
    this.entities.liveRow(entityId)
    return this.context.mentions.forEntity(entityId, status)
  }

  accept(id: number): Passage {
    const suggestion = this.suggestion(id)
    const source = this.passages.source(suggestion.sourceId)
    if (suggestion.status === 'accepted' && suggestion.passageId !== null) {
      const existing = this.context.passages.get(suggestion.passageId)
      if (existing) return existing
    }
    this.entities.liveRow(suggestion.entityId)
    const passageId = this.context.transaction(() => this.acceptInside(suggestion, source))
    if (passageId === null) throw this.textChanged(source)
    this.announce(source.id, [suggestion.entityId])
    return this.passages.get(passageId)
  }

  reject(id: number): boolean {
    const suggestion = this.suggestion(id)
    if (suggestion.status === 'rejected') return false
    if (suggestion.status === 'accepted') {
      throw new WeftError(
        'invalid_input',
        'This suggestion was accepted: it is a passage now. Unlink the actor from the passage, or delete the passage, instead.',
      )
    }
    this.context.mentions.setStatus(id, 'rejected', null)
    this.context.emit('mentions:changed', {
      sourceIds: [suggestion.sourceId],
      entityIds: [suggestion.entityId],
    })
    return true
  }

  /**
   * Undoes a rejection: the suggestion is offered again. False when it is open
   * already; refused when it was accepted since, or the words are no longer there.
   */
  unreject(id: number): boolean {
    const suggestion = this.suggestion(id)
    if (suggestion.status === 'open') return false
    if (suggestion.status === 'accepted') {
      throw new WeftError(
        'invalid_input',
        'This suggestion was accepted since: it is a passage now. Delete the passage, or unlink the actor from it, instead.',
      )
    }
    const source = this.passages.source(suggestion.sourceId)
    this.entities.liveRow(suggestion.entityId)
    if (source.text.slice(suggestion.start, suggestion.end) !== suggestion.exact)
      throw this.textChanged(source)
    this.context.mentions.setStatus(id, 'open', null)
    this.context.emit('mentions:changed', {
      sourceIds: [suggestion.sourceId],
      entityIds: [suggestion.entityId],
    })
    return true
  }

  /** Accepts every open suggestion in the source (only the actor's, when one is given). */
  acceptAllInSource(sourceId: number, entityId: number | null): { accepted: number } {
    const source = this.passages.source(sourceId)
    if (entityId !== null) this.entities.liveRow(entityId)
    const open = this.context.mentions.openInSource(sourceId, entityId)
    const entityIds = new Set<number>()
    let accepted = 0
    let outdated = false
    this.context.transaction(() => {
      for (const suggestion of open) {
        // An earlier one in this batch may already have covered it.
        if (this.context.mentions.get(suggestion.id)?.status !== 'open') continue
        if (this.acceptInside(suggestion, source) === null) {
          outdated = true
          continue
        }
        entityIds.add(suggestion.entityId)
        accepted += 1
      }
    })
    if (outdated) {
      this.context.mentions.forgetScans([source.id])
      this.scans.sourcesChanged()
    }
    if (accepted > 0) this.announce(source.id, [...entityIds])
    return { accepted }
  }

  /** The suggestion's passage, or null when the source's text no longer has the suggested words there. */
  private acceptInside(suggestion: SuggestionRow, source: Source): number | null {
    if (source.text.slice(suggestion.start, suggestion.end) !== suggestion.exact) return null
    const span = { start: suggestion.start, end: suggestion.end }
    const passageId =
      this.context.passages.findBySpan(source.id, span.start, span.end) ??
      this.context.passages.insert(
        {
          sourceId: source.id,
          ...span,
          ...quoteSelector(source.text, span),
          contentHash: source.contentHash,
          status: 'anchored',
          comment: null,
          color: null,
        },
        this.context.now(),
      )
    this.passages.linkInside(passageId, suggestion.entityId, 'suggestion')
    this.context.mentions.setStatus(suggestion.id, 'accepted', passageId)
    return passageId
  }

  private textChanged(source: Source): WeftError {
    this.context.mentions.forgetScans([source.id])
    this.scans.sourcesChanged()
    return new WeftError(
      'invalid_input',
      `The text of “${source.title}” changed since this suggestion was made. Weft will scan it again; review its new suggestions.`,
    )
  }

  private suggestion(id: number): SuggestionRow {
    const suggestion = this.context.mentions.get(id)
    if (!suggestion) {
      throw new WeftError(
        'not_found',
        `There is no suggestion #${id}. The source may have been scanned again since; reload its suggestions.`,
      )
    }
    return suggestion
  }

  private announce(sourceId: number, entityIds: number[]): void {
    this.context.emit('passages:changed', { sourceIds: [sourceId] })
    this.context.emit('actors:changed', { ids: entityIds })
    this.context.emit('mentions:changed', { sourceIds: [sourceId], entityIds })
  }
}
