// Partial dates as researchers know them: a year, a month, or a day
// (2025, 2025-11, 2025-11-24), validated against the calendar.

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

export type DatePrecision = 'year' | 'month' | 'day'

export function isValidPartialDate(value: string): boolean {
  const match = PARTIAL_DATE_PATTERN.exec(value)
  if (!match) return false
  const [, , month, day] = match
  if (month === undefined) return true
  const m = Number(month)
  if (m < 1 || m > 12) return false
  if (day === undefined) return true
  const d = Number(day)
  const daysInMonth = new Date(Date.UTC(Number(match[1]), m, 0)).getUTCDate()
  return d >= 1 && d <= daysInMonth
}

export function datePrecision(value: string): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day'
}

/** The first and last day a partial date covers, as YYYY-MM-DD, for range filters. */
export function partialDateRange(value: string): { from: string; to: string } {
  const precision = datePrecision(value)
  if (precision === 'day') return { from: value, to: value }
  if (precision === 'month') {
    const [year, month] = value.split('-').map(Number) as [number, number]
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
    return { from: `${value}-01`, to: `${value}-${String(last).padStart(2, '0')}` }
  }
  return { from: `${value}-01-01`, to: `${value}-12-31` }
}
