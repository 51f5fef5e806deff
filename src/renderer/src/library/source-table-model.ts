// The library table's rows as pure data: prepare each source once (sort keys,
// date range, lower-cased tags), sort by a column, then filter in one linear
// pass, so 100,000 sources filter well under 200 ms.
import type { SourceKind, SourceSummary } from '@shared/models'
import { isValidPartialDate, partialDateRange } from '@shared/partial-date'

export const SORT_COLUMNS = ['title', 'publisher', 'publishedDate', 'kind', 'tags', 'passageCount'] as const
export type SortColumn = (typeof SORT_COLUMNS)[number]
export type SortDirection = 'ascending' | 'descending'

export interface SortOrder {
  column: SortColumn
  direction: SortDirection
}

export interface SourceFilters {
  /** A tag name, compared without regard to case as the library stores tags. */
  tag: string | null
  collectionId: number | null
  kind: SourceKind | null
  /** Partial dates (2025, 2025-11, 2025-11-24) bounding the published date. */
  dateFrom: string | null
  dateTo: string | null
}

export const NO_FILTERS: SourceFilters = {
  tag: null,
  collectionId: null,
  kind: null,
  dateFrom: null,
  dateTo: null,
}

export function hasFilters(filters: SourceFilters): boolean {
  return Object.values(filters).some((value) => value !== null)
}

/** One source with what filtering needs, computed once per list. */
export interface PreparedRow {
  source: SourceSummary
  /** Position in the list as it came (newest import first): the tie-breaker. */
  index: number
  /** The first and last day the published date covers (YYYY-MM-DD). */
  dateFrom: string | null
  dateTo: string | null
  tagsLower: string[]
}

export function prepareRows(sources: readonly SourceSummary[]): PreparedRow[] {
  // Many sources share a date; working out a month's last day once per date keeps this cheap.
  const periods = new Map<string, { from: string; to: string }>()
  const periodOf = (date: string) => {
    let period = periods.get(date)
    if (!period) periods.set(date, (period = partialDateRange(date)))
    return period
  }
  return sources.map((source, index) => {
    const period = source.publishedDate ? periodOf(source.publishedDate) : null
    return {
      source,
      index,
      dateFrom: period?.from ?? null,
      dateTo: period?.to ?? null,
      tagsLower: source.tags.map((tag) => tag.toLowerCase()),
    }
  })
}

const ACCENTED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/
const COMBINING_MARK = /[\u0300-\u036f\u064b-\u065f\u0670]/
const COMBINING_MARKS = /[\u0300-\u036f\u064b-\u065f\u0670]+/g
const DIGITS = /\d/
const DIGIT_RUNS = /\d+/g

/**
 * A key that plain string comparison orders the way people expect: case,
 * Latin accents and Arabic vowel marks ignored, numbers by value ("Report 9"
 * before "Report 10"). Far cheaper than Intl.Collator over 100,000 rows; each
 * step runs only on text that needs it.
 */
export function sortKey(text: string): string {
  let key = text.trim().toLowerCase()
  if (ACCENTED_LATIN.test(key)) key = key.normalize('NFD')
  if (COMBINING_MARK.test(key)) key = key.replace(COMBINING_MARKS, '')
  if (DIGITS.test(key)) key = key.replace(DIGIT_RUNS, (digits) => digits.padStart(12, '0'))
  return key
}

type KeyOf = (source: SourceSummary) => string | number | null

// Text keys are built only for the column being sorted, when it is sorted.
const KEYS: Record<SortColumn, KeyOf> = {
  title: (source) => sortKey(source.title),
  publisher: (source) => (source.publisher ? sortKey(source.publisher) : null),
  // Partial dates compare as text: 2025 sorts before 2025-01, before 2025-01-01.
  publishedDate: (source) => source.publishedDate,
  kind: (source) => source.kind,
  tags: (source) => (source.tags.length > 0 ? sortKey(source.tags.join(' ')) : null),
  passageCount: (source) => source.passageCount,
}

type SortKeys = (string | number | null)[]

// Keys per prepared list and column, so reversing a sort, or coming back to a column, skips building them.
const keyCache = new WeakMap<readonly PreparedRow[], Map<SortColumn, SortKeys>>()

function keysFor(rows: readonly PreparedRow[], column: SortColumn): SortKeys {
  let byColumn = keyCache.get(rows)
  if (!byColumn) keyCache.set(rows, (byColumn = new Map()))
  let keys = byColumn.get(column)
  if (!keys) {
    const key = KEYS[column]
    byColumn.set(column, (keys = rows.map((row) => key(row.source))))
  }
  return keys
}

/**
 * Rows in the given order; rows without a value (no publisher, no date) always
 * go last, and rows with equal values keep the list's order. `rows` must be
 * prepareRows' output, unfiltered: positions in it are the tie-breaker.
 */
export function sortRows(rows: readonly PreparedRow[], sort: SortOrder | null): PreparedRow[] {
  if (!sort) return [...rows]
  const keys = keysFor(rows, sort.column)
  const sign = sort.direction === 'ascending' ? 1 : -1
  const order = Array.from(rows.keys())
  order.sort((a, b) => {
    const ka = keys[a]!
    const kb = keys[b]!
    if (ka === kb) return a - b
    if (ka === null) return 1
    if (kb === null) return -1
    return (ka < kb ? -1 : 1) * sign
  })
  return order.map((position) => rows[position]!)
}

export interface DateBounds {
  from: string | null
  to: string | null
}

/** The day range a filter covers: from the first day of `dateFrom` to the last day of `dateTo`. */
export function dateBounds(filters: Pick<SourceFilters, 'dateFrom' | 'dateTo'>): DateBounds {
  const bound = (value: string | null, end: 'from' | 'to') =>
    value && isValidPartialDate(value.trim()) ? partialDateRange(value.trim())[end] : null
  return { from: bound(filters.dateFrom, 'from'), to: bound(filters.dateTo, 'to') }
}

/**
 * The sources that pass every filter, in the rows' order. A date range keeps a
 * source whose whole published period lies inside it: 2025-11 is inside
 * 2025-11-01..2025-12-31, but a source dated only 2025 is not, since it may
 * come from any month. Undated sources drop out once a date bound is set.
 */
export function filterRows(rows: readonly PreparedRow[], filters: SourceFilters): SourceSummary[] {
  const tag = filters.tag?.toLowerCase() ?? null
  const { collectionId, kind } = filters
  const { from, to } = dateBounds(filters)
  const dated = from !== null || to !== null
  const visible: SourceSummary[] = []
  for (const row of rows) {
    const source = row.source
    if (kind !== null && source.kind !== kind) continue
    if (tag !== null && !row.tagsLower.includes(tag)) continue
    if (collectionId !== null && !source.collectionIds.includes(collectionId)) continue
    if (dated) {
      if (row.dateFrom === null || row.dateTo === null) continue
      if (from !== null && row.dateFrom < from) continue
      if (to !== null && row.dateTo > to) continue
    }
    visible.push(source)
  }
  return visible
}

/** Prepare, sort and filter in one go; the table memoises each step separately. */
export function filterAndSortSources(
  sources: readonly SourceSummary[],
  filters: SourceFilters,
  sort: SortOrder | null,
): SourceSummary[] {
  return filterRows(sortRows(prepareRows(sources), sort), filters)
}
