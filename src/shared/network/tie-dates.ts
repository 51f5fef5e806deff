// When a tie held, as a span of days, so the network can be shown as it
// stood in a period. A tie with a start and no end is one event (its start
// date's span: a day, a month or a year) unless it is marked as still holding.
import { isValidPartialDate, partialDateRange } from '../partial-date'

export interface TieDates {
  startDate: string | null
  endDate: string | null
  ongoing: boolean
}

/** First and last day (YYYY-MM-DD, inclusive); null when the tie has no date at all. */
export interface DaySpan {
  from: string
  to: string
}

export const EARLIEST_DAY = '0000-01-01'
export const LATEST_DAY = '9999-12-31'

export function tieSpan(tie: TieDates): DaySpan | null {
  const start = tie.startDate ? partialDateRange(tie.startDate) : null
  const end = tie.endDate ? partialDateRange(tie.endDate) : null
  if (!start && !end) return null
  const from = start?.from ?? EARLIEST_DAY
  const to = end?.to ?? (tie.ongoing ? LATEST_DAY : (start?.to ?? LATEST_DAY))
  return { from, to }
}

/** A period chosen by the user: either end may be open. Partial dates widen to their span. */
export function periodSpan(from: string | null, to: string | null): DaySpan {
  return {
    from: from ? partialDateRange(from).from : EARLIEST_DAY,
    to: to ? partialDateRange(to).to : LATEST_DAY,
  }
}

export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
  return a.from <= b.to && b.from <= a.to
}

/** Why a tie's dates cannot be stored, or null when they can. */
export function tieDatesProblem(tie: TieDates): string | null {
  for (const [label, value] of [
    ['start', tie.startDate],
    ['end', tie.endDate],
  ] as const) {
    if (value !== null && !isValidPartialDate(value)) {
      return `The ${label} date "${value}" is not a date: use a year, a month or a day (2025, 2025-11 or 2025-11-24).`
    }
  }
  if (
    tie.startDate &&
    tie.endDate &&
    partialDateRange(tie.endDate).to < partialDateRange(tie.startDate).from
  ) {
    return `The tie ends (${tie.endDate}) before it starts (${tie.startDate}). Swap the dates.`
  }
  if (tie.ongoing && tie.endDate) {
    return 'A tie that still holds has no end date: clear the end date, or untick "still holds".'
  }
  return null
}

/** The first and last day any dated tie covers, for the time slider; null when none is dated. */
export function datedRange(ties: readonly TieDates[]): DaySpan | null {
  let from: string | null = null
  let to: string | null = null
  for (const tie of ties) {
    const start = tie.startDate ? partialDateRange(tie.startDate).from : null
    const end = tie.endDate
      ? partialDateRange(tie.endDate).to
      : tie.startDate
        ? partialDateRange(tie.startDate).to
        : null
    if (start && (from === null || start < from)) from = start
    if (end && (to === null || end > to)) to = end
    if (!start && end && (from === null || end < from)) from = end
  }
  return from && to ? { from, to } : null
}
