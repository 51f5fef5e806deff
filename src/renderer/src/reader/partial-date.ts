// Published dates are often partial (2025, 2025-11, 2025-11-24): write each as
// precisely as it is known, in the researcher's locale.
const YEAR_MONTH = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', timeZone: 'UTC' })
const FULL_DATE = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
})

export function formatPartialDate(value: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  if (!match) return value
  const [, year, month, day] = match
  if (!month) return year!
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)))
  if (Number.isNaN(date.getTime())) return value
  return (day ? FULL_DATE : YEAR_MONTH).format(date)
}
