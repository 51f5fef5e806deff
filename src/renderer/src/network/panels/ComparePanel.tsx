// Two periods side by side: the ties that appeared, ended or held between
// period A and period B, as lists (the graph shows them in colour).
import { useId } from 'react'
import type { NetworkTie } from '@shared/network/network-data'
import type { Period, PeriodComparison } from '@shared/network/period-compare'
import { isValidPartialDate } from '@shared/partial-date'
import { formatTieDates, plural } from '../format'
import { SidePanel } from './SidePanel'

const LISTED = 100

interface ComparePanelProps {
  periods: { a: Period; b: Period }
  comparison: PeriodComparison | undefined
  names: Map<number, string>
  onChange(periods: { a: Period; b: Period }): void
  onClose(): void
}

export function ComparePanel({ periods, comparison, names, onChange, onClose }: ComparePanelProps) {
  const ids = useId()
  const field = (which: 'a' | 'b', end: 'from' | 'to', label: string) => {
    const value = periods[which][end] ?? ''
    return (
      <div className="compare-field">
        <label htmlFor={`${ids}-${which}-${end}`}>{label}</label>
        <input
          id={`${ids}-${which}-${end}`}
          className="weft-input"
          placeholder="2025-06"
          key={value}
          defaultValue={value}
          onBlur={(event) => {
            const text = event.target.value.trim()
            if (text === '' || isValidPartialDate(text)) {
              onChange({ ...periods, [which]: { ...periods[which], [end]: text || null } })
            }
          }}
        />
      </div>
    )
  }
  const list = (title: string, kind: string, ties: NetworkTie[]) => (
    <section className={`compare-list compare-${kind}`} aria-label={title}>
      <h3 className="network-side-subheading">
        {title} <span className="compare-count">{ties.length}</span>
      </h3>
      <ul>
        {ties.slice(0, LISTED).map((tie) => (
          <li key={tie.id}>
            <span dir="auto">
              {names.get(tie.from)} {tie.directed ? '→' : '–'} {names.get(tie.to)}
            </span>
            <span className="compare-tie-meta">
              {tie.type}, {formatTieDates(tie)}
            </span>
          </li>
        ))}
      </ul>
      {ties.length > LISTED && (
        <p className="metrics-more">And {plural(ties.length - LISTED, 'more tie')}.</p>
      )}
    </section>
  )
  return (
    <SidePanel title="Compare periods" onClose={onClose}>
      <div className="compare-periods">
        <fieldset>
          <legend>Period A</legend>
          {field('a', 'from', 'From')}
          {field('a', 'to', 'To')}
        </fieldset>
        <fieldset>
          <legend>Period B</legend>
          {field('b', 'from', 'From')}
          {field('b', 'to', 'To')}
        </fieldset>
      </div>
      <p className="compare-legend">
        <span className="legend-line legend-appeared" aria-hidden="true" /> appeared
        <span className="legend-line legend-ended" aria-hidden="true" /> ended
        <span className="legend-line legend-held" aria-hidden="true" /> held
      </p>
      {comparison && (
        <>
          {list('Appeared in B', 'appeared', comparison.appeared)}
          {list('Ended after A', 'ended', comparison.ended)}
          {list('Held in both', 'held', comparison.held)}
        </>
      )}
    </SidePanel>
  )
}
