// The time slider and date range under the network: the period whose ties
// are shown. Two thumbs over the months the dated ties span, and two date
// fields that take a year, a month or a day.
import { useId, useMemo, useState } from 'react'
import { datedRange } from '@shared/network/tie-dates'
import type { NetworkTie } from '@shared/network/network-data'
import { isValidPartialDate, partialDateRange } from '@shared/partial-date'
import { formatPartialDate } from './format'

interface TimeRangeProps {
  ties: readonly NetworkTie[]
  from: string | null
  to: string | null
  onChange(from: string | null, to: string | null): void
}

/** Every month from the first dated tie to the last, as YYYY-MM. */
function monthsOf(ties: readonly NetworkTie[]): string[] {
  const range = datedRange(ties)
  if (!range) return []
  const months: string[] = []
  let [year, month] = range.from.split('-').map(Number) as [number, number]
  const [lastYear, lastMonth] = range.to.split('-').map(Number) as [number, number]
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
    if (months.length > 2400) break
  }
  return months
}

export function TimeRange({ ties, from, to, onChange }: TimeRangeProps) {
  const ids = useId()
  const months = useMemo(() => monthsOf(ties), [ties])
  const last = months.length - 1
  // A typed date may be a year or a day: the slider shows the months it covers.
  const fromMonth = from && isValidPartialDate(from) ? partialDateRange(from).from.slice(0, 7) : null
  const toMonth = to && isValidPartialDate(to) ? partialDateRange(to).to.slice(0, 7) : null
  const foundStart = fromMonth ? months.findIndex((month) => month >= fromMonth) : 0
  const startIndex = foundStart < 0 ? last : foundStart
  const foundEnd = toMonth ? months.findIndex((month) => month > toMonth) : -1
  const endIndex = foundEnd < 0 ? last : Math.max(0, foundEnd - 1)

  return (
    <div className="network-time" role="group" aria-label="Period">
      <DateField
        key={`from-${from}`}
        id={`${ids}-from`}
        label="From"
        value={from}
        onCommit={(value) => onChange(value, to)}
      />
      {months.length > 1 ? (
        <div className="network-time-slider">
          <input
            type="range"
            aria-label="Start of the period"
            min={0}
            max={last}
            value={startIndex}
            aria-valuetext={formatPartialDate(months[startIndex]!)}
            onChange={(event) => {
              const index = Math.min(Number(event.target.value), endIndex)
              onChange(index === 0 ? null : months[index]!, to)
            }}
          />
          <input
            type="range"
            aria-label="End of the period"
            min={0}
            max={last}
            value={endIndex}
            aria-valuetext={formatPartialDate(months[endIndex]!)}
            onChange={(event) => {
              const index = Math.max(Number(event.target.value), startIndex)
              onChange(from, index === last ? null : months[index]!)
            }}
          />
          <div className="network-time-ticks" aria-hidden="true">
            <span>{formatPartialDate(months[0]!)}</span>
            <span>{formatPartialDate(months[last]!)}</span>
          </div>
        </div>
      ) : (
        <p className="network-time-none">
          {months.length === 0 ? 'No tie has a date yet.' : formatPartialDate(months[0]!)}
        </p>
      )}
      <DateField
        key={`to-${to}`}
        id={`${ids}-to`}
        label="To"
        value={to}
        onCommit={(value) => onChange(from, value)}
      />
      <button
        type="button"
        className="button"
        disabled={from === null && to === null}
        onClick={() => onChange(null, null)}
      >
        All dates
      </button>
    </div>
  )
}

/**
 * A partial date typed in; it applies when valid (or empty), on Enter or when leaving the field.
 * Keyed by its value, so a change from elsewhere (the slider) starts it afresh.
 */
function DateField({
  id,
  label,
  value,
  onCommit,
}: {
  id: string
  label: string
  value: string | null
  onCommit(value: string | null): void
}) {
  const [text, setText] = useState(value ?? '')
  const trimmed = text.trim()
  const valid = trimmed === '' || isValidPartialDate(trimmed)
  const commit = () => {
    if (valid && (trimmed || null) !== value) onCommit(trimmed || null)
  }
  return (
    <div className="network-time-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="weft-input"
        placeholder={id.endsWith('from') ? 'earliest' : 'latest'}
        value={text}
        aria-invalid={!valid || undefined}
        title={valid ? undefined : 'Use a year, a month or a day: 2025, 2025-11 or 2025-11-24'}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit()
        }}
      />
    </div>
  )
}
