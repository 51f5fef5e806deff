// How tie dates read on the actor page.

export function formatPartialDate(start: string | null, end: string | null): string {
  if (!start && !end) return 'undated'
  if (start && end && start !== end) return `${start} to ${end}`
  return start ?? `until ${end}`
}
