// The passages offered as a tie's evidence: the ones given (a passage
// selected in the reader, the tie's own), then the passages linked to both
// actors, then those linked to one of them.
import { useEffect, useState } from 'react'
import type { CitedPassage } from '@shared/actors'
import { useApi } from '../../api/api-context'

export interface EvidenceCandidate {
  id: number
  sourceId: number
  start: number
  end: number
  exact: string
  sourceTitle: string
  sourceDate: string | null
  /** Linked to both actors of the tie. */
  both: boolean
}

function fromCited(passage: CitedPassage, both: boolean): EvidenceCandidate {
  return {
    id: passage.id,
    sourceId: passage.sourceId,
    start: passage.start,
    end: passage.end,
    exact: passage.exact,
    sourceTitle: passage.sourceTitle,
    sourceDate: passage.sourceDate,
    both,
  }
}

export function useEvidenceCandidates(
  fromId: number | null,
  toId: number | null,
  given: readonly number[],
  known: readonly CitedPassage[],
): EvidenceCandidate[] {
  const api = useApi()
  const [candidates, setCandidates] = useState<EvidenceCandidate[]>(() =>
    known.map((passage) => fromCited(passage, true)),
  )
  const givenKey = given.join(',')
  useEffect(() => {
    let live = true
    const forActor = (id: number | null) =>
      id === null ? Promise.resolve([] as CitedPassage[]) : api.call('passages:forEntity', { entityId: id })
    const missing = given.filter((id) => !known.some((passage) => passage.id === id))
    Promise.all([
      forActor(fromId),
      forActor(toId),
      missing.length > 0 ? api.call('notes:passages', { ids: missing }) : Promise.resolve([]),
    ]).then(
      ([fromPassages, toPassages, quoted]) => {
        if (!live) return
        const toIds = new Set(toPassages.map((passage) => passage.id))
        const list = new Map<number, EvidenceCandidate>()
        for (const passage of known) list.set(passage.id, fromCited(passage, true))
        for (const passage of quoted) {
          list.set(passage.passageId, {
            id: passage.passageId,
            sourceId: passage.citation.sourceId,
            start: passage.start,
            end: passage.end,
            exact: passage.exact,
            sourceTitle: passage.citation.title,
            sourceDate: passage.citation.publishedDate,
            both: true,
          })
        }
        const linked = [
          ...fromPassages.map((passage) => fromCited(passage, toIds.has(passage.id))),
          ...toPassages.map((passage) => fromCited(passage, false)),
        ]
        linked.sort((a, b) => Number(b.both) - Number(a.both))
        for (const candidate of linked) if (!list.has(candidate.id)) list.set(candidate.id, candidate)
        setCandidates([...list.values()])
      },
      // Without candidates the given evidence still shows; the dialog reports save errors.
      () => undefined,
    )
    return () => {
      live = false
    }
    // `known` and `given` are compared by their ids.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, fromId, toId, givenKey])
  return candidates
}
