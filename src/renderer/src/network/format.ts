// Words for ties: their dates as precisely as known, and their ends.
import type { Tie } from '@shared/network/ties'
import { formatPartialDate } from '../reader/partial-date'

export { formatPartialDate }

export function formatTieDates(tie: Pick<Tie, 'startDate' | 'endDate' | 'ongoing'>): string {
  const start = tie.startDate ? formatPartialDate(tie.startDate) : null
  const end = tie.endDate ? formatPartialDate(tie.endDate) : null
  if (tie.ongoing) return start ? `since ${start}` : 'ongoing'
  if (start && end) return start === end ? start : `${start} – ${end}`
  if (start) return start
  if (end) return `until ${end}`
  return 'undated'
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`
}
