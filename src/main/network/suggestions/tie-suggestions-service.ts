// Tie suggestions: before listing, sources whose text or named actors changed
// since they were last looked at are read again for cue sentences. Accepting
// one makes its sentence a passage linked to both actors and the evidence of
// a new tie (as suggested, or as the user edited it); rejecting one is remembered.
import type { TieDetail, TieSuggestion, TieSuggestionStatus } from '@shared/network/ties'
import { WeftError } from '../../core/weft-error'
import type { StoredTieFields } from '../../db/ties-repository'
import type { NetworkContext } from '../network-context'
import type { TiesService } from '../ties-service'
import { findTieSuggestions, type FoundTie } from './cue-sentences'

export class TieSuggestionsService {
  constructor(
    private readonly context: NetworkContext,
    private readonly ties: TiesService,
  ) {}

  /** Looks again where anything changed; returns how many sources were read. */
  refresh(): number {
    const { suggestions } = this.context
    const resolver = this.ties.resolver()
    const now = suggestions.fingerprints(resolver.stamp())
    const stored = suggestions.storedFingerprints()
    let read = 0
    const places = new Set(this.context.ties.actorsOfType('place'))
    for (const [sourceId, fingerprint] of now) {
      if (stored.get(sourceId) === fingerprint) continue
      read += 1
      this.context.transaction(() => {
        // Places are where ties happen, not parties to them.
        const spans = suggestions
          .actorSpans(sourceId)
          .map((span) => ({ ...span, entityId: resolver.live(span.entityId) }))
          .filter((span) => !places.has(span.entityId))
        const found =
          new Set(spans.map((span) => span.entityId)).size < 2
            ? []
            : findTieSuggestions(suggestions.text(sourceId), spans)
        // A sentence that is already evidence of the same tie needs no review: it counts as accepted.
        const evidence = suggestions.tieEvidenceSpans(sourceId)
        const recorded = (tie: FoundTie) =>
          evidence.find((span) => {
            const pair = [resolver.live(span.fromId), resolver.live(span.toId)].sort().join()
            return (
              span.type.toLowerCase() === tie.type &&
              pair === [tie.fromId, tie.toId].sort().join() &&
              span.start < tie.end &&
              tie.start < span.end
            )
          })?.tieId
        suggestions.replaceOpen(
          sourceId,
          found.filter((tie) => recorded(tie) === undefined),
        )
        for (const tie of found) {
          const tieId = recorded(tie)
          if (tieId !== undefined) suggestions.recordAccepted(sourceId, tie, tieId)
        }
        suggestions.rememberFingerprint(sourceId, fingerprint)
      })
    }
    return read
  }

  list(status: TieSuggestionStatus): TieSuggestion[] {
    this.refresh()
    const resolver = this.ties.resolver()
    const rows = this.context.suggestions.byStatus(status).map((row) => ({
      ...row,
      fromId: resolver.live(row.fromId),
      toId: resolver.live(row.toId),
    }))
    const names = this.context.ties.actorNames([...new Set(rows.flatMap((row) => [row.fromId, row.toId]))])
    const types = new Map(this.context.tieTypes.list().map((type) => [type.name.toLowerCase(), type.name]))
    return rows
      .filter((row) => row.fromId !== row.toId && names.has(row.fromId) && names.has(row.toId))
      .map((row) => ({
        ...row,
        type: types.get(row.type.toLowerCase()) ?? row.type,
        fromName: names.get(row.fromId)!.name,
        toName: names.get(row.toId)!.name,
      }))
  }

  accept(id: number, edits: Partial<StoredTieFields>): TieDetail {
    const suggestion = this.open(id)
    const resolver = this.ties.resolver()
    const fromId = edits.fromId ?? resolver.live(suggestion.fromId)
    const toId = edits.toId ?? resolver.live(suggestion.toId)
    const { actors } = this.context
    const existing = actors.context.passages.findBySpan(suggestion.sourceId, suggestion.start, suggestion.end)
    let passageId: number
    if (existing === undefined) {
      passageId = actors.passages.create(
        {
          sourceId: suggestion.sourceId,
          start: suggestion.start,
          end: suggestion.end,
          entityIds: [fromId, toId],
        },
        'suggestion',
      ).id
    } else {
      passageId = existing
      for (const entityId of [fromId, toId]) actors.passages.link(passageId, entityId)
    }
    // What the user edited wins, a cleared date included; the rest comes from the suggestion.
    const tie = this.ties.create({
      type: suggestion.type,
      directed: suggestion.directed,
      startDate: suggestion.sourceDate,
      endDate: null,
      ongoing: false,
      status: 'reported',
      confidence: 'medium',
      place: null,
      description: '',
      ...edits,
      fromId,
      toId,
      evidenceIds: [passageId],
    })
    this.context.transaction(() => this.context.suggestions.setStatus(id, 'accepted', tie.id))
    return tie
  }

  reject(id: number): boolean {
    this.open(id)
    return this.context.transaction(() => this.context.suggestions.setStatus(id, 'rejected', null))
  }

  private open(id: number) {
    const suggestion = this.context.suggestions.get(id)
    if (!suggestion)
      throw new WeftError('not_found', `There is no tie suggestion #${id}. Its source may have been deleted.`)
    if (suggestion.status !== 'open') {
      throw new WeftError('invalid_input', `Tie suggestion #${id} was ${suggestion.status} already.`)
    }
    return suggestion
  }
}
