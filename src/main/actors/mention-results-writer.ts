// Stores what a mention scan found, one chunk of sources per transaction:
// skips texts that changed meanwhile and names that no longer exist, and
// records as accepted what a passage linked to the same actor already covers.
import type { AliasEntry } from '@shared/names/alias-matcher'
import type { NewSuggestion } from '../db/mentions-repository'
import type { LinkedSpan } from '../db/passages-repository'
import type { ScannedSource } from '../workers/mention-scan-protocol'
import type { ActorContext } from './actor-context'

/** Which names are live right now, to check findings made with an older list against. */
export interface LiveNames {
  has(entityId: number, alias: string): boolean
}

export function liveNameSet(names: readonly AliasEntry[]): LiveNames {
  const byEntity = new Map<number, Set<string>>()
  for (const name of names) {
    const set = byEntity.get(name.entityId)
    if (set) set.add(name.alias)
    else byEntity.set(name.entityId, new Set([name.alias]))
  }
  return { has: (entityId, alias) => byEntity.get(entityId)?.has(alias) ?? false }
}

export interface WriteOutcome {
  /** Sources whose suggestions may have changed. */
  sourceIds: number[]
  entityIds: Set<number>
  inserted: number
  /** Sources whose findings used names changed meanwhile: scan them again. */
  stale: number[]
}

/**
 * Writes one chunk. With `replaceOpen` (a scan with every name) the source's
 * open suggestions become what was found and the source is marked scanned; otherwise
 * (a scan for new names) the findings are added.
 */
export function writeScanResults(
  context: ActorContext,
  sources: readonly ScannedSource[],
  live: LiveNames,
  replaceOpen: boolean,
): WriteOutcome {
  const outcome: WriteOutcome = { sourceIds: [], entityIds: new Set(), inserted: 0, stale: [] }
  context.transaction(() => {
    const ids = sources.map((source) => source.id)
    const hashes = context.mentions.contentHashes(ids)
    const covering = spansBySource(context.passages.linkedSpans(ids))
    const now = context.now()
    for (const source of sources) {
      // Purged, or its text replaced since it was read: a later scan covers it.
      if (hashes.get(source.id) !== source.contentHash) continue
      const removed = replaceOpen ? dropNoLongerFound(context, source) : []
      for (const entityId of removed) outcome.entityIds.add(entityId)
      const rows: NewSuggestion[] = []
      let stale = false
      for (const match of source.matches) {
        if (!live.has(match.entityId, match.alias)) {
          stale = true
          continue
        }
        const passageId = coveringPassage(covering.get(source.id), match.entityId, match.start, match.end)
        rows.push({
          entityId: match.entityId,
          sourceId: source.id,
          start: match.start,
          end: match.end,
          exact: match.exact,
          alias: match.alias,
          reasons: match.reasons,
          status: passageId === null ? 'open' : 'accepted',
          passageId,
        })
        outcome.entityIds.add(match.entityId)
      }
      const inserted = context.mentions.insert(rows)
      outcome.inserted += inserted
      if (inserted > 0 || removed.length > 0) outcome.sourceIds.push(source.id)
      if (stale) outcome.stale.push(source.id)
      else if (replaceOpen)
        context.mentions.markScanned(source.id, source.contentHash, now, source.signature ?? null)
    }
    if (outcome.stale.length > 0) context.mentions.forgetScans(outcome.stale)
  })
  return outcome
}

/**
 * Open suggestions of the source that the scan no longer finds are dropped;
 * the ones it finds again stay as they are (same ids, so a list on screen
 * stays valid). Returns the actors whose suggestions were dropped.
 */
function dropNoLongerFound(context: ActorContext, source: ScannedSource): number[] {
  const existing = context.mentions.openSpansOfSource(source.id)
  if (existing.length === 0) return []
  const found = new Set(source.matches.map((match) => `${match.entityId}:${match.start}:${match.end}`))
  const gone = existing.filter((row) => !found.has(`${row.entityId}:${row.start}:${row.end}`))
  context.mentions.delete(gone.map((row) => row.id))
  return [...new Set(gone.map((row) => row.entityId))]
}

function spansBySource(spans: LinkedSpan[]): Map<number, LinkedSpan[]> {
  const bySource = new Map<number, LinkedSpan[]>()
  for (const span of spans) {
    const list = bySource.get(span.sourceId)
    if (list) list.push(span)
    else bySource.set(span.sourceId, [span])
  }
  return bySource
}

/** A live passage linked to the actor that overlaps the span, if any. */
function coveringPassage(
  spans: LinkedSpan[] | undefined,
  entityId: number,
  start: number,
  end: number,
): number | null {
  const span = spans?.find(
    (candidate) => candidate.entityId === entityId && candidate.start < end && candidate.end > start,
  )
  return span ? span.passageId : null
}
