// The tie's evidence in the Add tie dialog: the passages it could rest on,
// each with its quote and source, ticked when chosen.
import { formatPartialDate } from '../format'
import type { EvidenceCandidate } from './evidence-candidates'

interface EvidenceListProps {
  candidates: EvidenceCandidate[]
  chosen: number[]
  /** When accepting a suggestion, its sentence becomes evidence whatever else is ticked. */
  suggestionSentence?: string | undefined
  onChange(ids: number[]): void
}

export function EvidenceList({ candidates, chosen, suggestionSentence, onChange }: EvidenceListProps) {
  const toggle = (id: number, on: boolean) =>
    onChange(on ? [...chosen, id] : chosen.filter((other) => other !== id))
  return (
    <fieldset className="tie-evidence">
      <legend>Evidence</legend>
      {suggestionSentence && (
        <p className="tie-evidence-note">
          The suggested sentence is kept as evidence. Tick more passages to add them.
        </p>
      )}
      {candidates.length === 0 ? (
        <p className="tie-evidence-empty">
          No passages yet for these actors. Save the tie now and add evidence later from any passage, or mark
          a passage in the reader and link it to an actor first.
        </p>
      ) : (
        <ul className="tie-evidence-list">
          {candidates.map((candidate) => (
            <li key={candidate.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(candidate.id)}
                  onChange={(event) => toggle(candidate.id, event.target.checked)}
                />
                <span className="tie-evidence-text">
                  <q dir="auto">{candidate.exact}</q>
                  <span className="tie-evidence-source">
                    {candidate.sourceTitle}
                    {candidate.sourceDate ? `, ${formatPartialDate(candidate.sourceDate)}` : ''}
                    {candidate.both ? '' : ' · names one of the two'}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
