import { describe, expect, it } from 'vitest'
import { SOURCE_KINDS, type SourceSummary } from '@shared/models'
import {
  NO_FILTERS,
  dateBounds,
  filterAndSortSources,
  filterRows,
  hasFilters,
  prepareRows,
  sortKey,
  sortRows,
  type SourceFilters,
} from './source-table-model'

let nextId = 1
function source(fields: Partial<SourceSummary> = {}): SourceSummary {
  const id = nextId++
  return {
    id,
    title: `Source ${id}`,
    kind: 'article',
    fileName: `${id}.txt`,
    mediaType: 'text/plain',
    byteSize: 100,
    importedAt: '2026-01-01T00:00:00.000Z',
    authors: [],
    publisher: null,
    publishedDate: null,
    url: null,
    language: null,
    tags: [],
    collectionIds: [],
    passageCount: 0,
    ...fields,
  }
}

const titles = (rows: SourceSummary[]) => rows.map((row) => row.title)
const filtered = (sources: SourceSummary[], filters: Partial<SourceFilters>) =>
  titles(filterAndSortSources(sources, { ...NO_FILTERS, ...filters }, null))

describe('sorting the library table', () => {
  const sources = [
    source({ title: 'Élysée statement', publisher: 'Le Monde', publishedDate: '2025-11', passageCount: 3 }),
    source({ title: 'report 10', publisher: null, publishedDate: '2025', kind: 'report', passageCount: 0 }),
    source({ title: 'Report 9', publisher: 'al-Monitor', publishedDate: '2025-11-24', kind: 'report' }),
    source({ title: 'بيان وزارة الداخلية', publisher: 'SANA', publishedDate: null, kind: 'statement' }),
    source({ title: 'Alpha', publisher: 'Reuters', publishedDate: '2024-03-09', tags: ['Raids'] }),
  ]
  const sorted = (column: Parameters<typeof sortRows>[1]) =>
    titles(sortRows(prepareRows(sources), column).map((r) => r.source))

  it('keeps the list order (newest import first) when no column is chosen', () => {
    expect(sorted(null)).toEqual(titles(sources))
  })

  it('orders titles ignoring case and accents, numbers by value, Arabic after Latin', () => {
    expect(sorted({ column: 'title', direction: 'ascending' })).toEqual([
      'Alpha',
      'Élysée statement',
      'Report 9',
      'report 10',
      'بيان وزارة الداخلية',
    ])
    expect(sorted({ column: 'title', direction: 'descending' })[0]).toBe('بيان وزارة الداخلية')
  })

  it('puts missing values last in both directions', () => {
    expect(sorted({ column: 'publisher', direction: 'ascending' }).at(-1)).toBe('report 10')
    expect(sorted({ column: 'publisher', direction: 'descending' }).at(-1)).toBe('report 10')
    expect(sorted({ column: 'publishedDate', direction: 'ascending' })).toEqual([
      'Alpha',
      'report 10',
      'Élysée statement',
      'Report 9',
      'بيان وزارة الداخلية',
    ])
    expect(sorted({ column: 'publishedDate', direction: 'descending' })).toEqual([
      'Report 9',
      'Élysée statement',
      'report 10',
      'Alpha',
      'بيان وزارة الداخلية',
    ])
  })

  it('sorts passages by number and breaks ties by list order', () => {
    expect(sorted({ column: 'passageCount', direction: 'descending' })).toEqual([
      'Élysée statement',
      'report 10',
      'Report 9',
      'بيان وزارة الداخلية',
      'Alpha',
    ])
    expect(sorted({ column: 'kind', direction: 'ascending' })).toEqual([
      'Élysée statement',
      'Alpha',
      'report 10',
      'Report 9',
      'بيان وزارة الداخلية',
    ])
  })

  it('builds keys that compare as people read', () => {
    expect(sortKey('  Ça Va ')).toBe('ca va')
    expect(sortKey('Report 9') < sortKey('Report 10')).toBe(true)
  })
})

describe('filtering the library table', () => {
  const sources = [
    source({ title: 'November', publishedDate: '2025-11', tags: ['Coalition'], collectionIds: [1] }),
    source({ title: 'Day in November', publishedDate: '2025-11-24', kind: 'report', collectionIds: [1, 2] }),
    source({ title: 'Year only', publishedDate: '2025', tags: ['coalition', 'raids'] }),
    source({ title: 'December', publishedDate: '2025-12-13', kind: 'statement', tags: ['Raids'] }),
    source({ title: 'Undated', tags: ['Raids'] }),
  ]

  it('shows everything without filters', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false)
    expect(filtered(sources, {})).toHaveLength(5)
  })

  it('filters by tag without regard to case, by collection and by kind', () => {
    expect(filtered(sources, { tag: 'coalition' })).toEqual(['November', 'Year only'])
    expect(filtered(sources, { tag: 'RAIDS' })).toEqual(['Year only', 'December', 'Undated'])
    expect(filtered(sources, { collectionId: 2 })).toEqual(['Day in November'])
    expect(filtered(sources, { kind: 'statement' })).toEqual(['December'])
    expect(filtered(sources, { tag: 'raids', kind: 'statement' })).toEqual(['December'])
    expect(hasFilters({ ...NO_FILTERS, kind: 'report' })).toBe(true)
  })

  it('keeps a source whose whole published period lies in the date range', () => {
    expect(filtered(sources, { dateFrom: '2025-11-01', dateTo: '2025-12-31' })).toEqual([
      'November',
      'Day in November',
      'December',
    ])
    expect(filtered(sources, { dateFrom: '2025-11', dateTo: '2025-11' })).toEqual([
      'November',
      'Day in November',
    ])
    expect(filtered(sources, { dateFrom: '2025', dateTo: '2025' })).toEqual([
      'November',
      'Day in November',
      'Year only',
      'December',
    ])
    expect(filtered(sources, { dateFrom: '2025-12' })).toEqual(['December'])
    expect(filtered(sources, { dateTo: '2025-11-30' })).toEqual(['November', 'Day in November'])
    expect(filtered(sources, { dateFrom: '2026' })).toEqual([])
  })

  it('turns partial bounds into days and ignores bounds that are not dates', () => {
    expect(dateBounds({ dateFrom: '2024-02', dateTo: '2024-02' })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    })
    expect(dateBounds({ dateFrom: '2025-02-30', dateTo: 'soon' })).toEqual({ from: null, to: null })
  })
})

describe('a library of 100,000 sources', () => {
  const words = [
    'Syria',
    'coalition',
    'Interior',
    'Ministry',
    'raids',
    'Damascus',
    'CENTCOM',
    'وزارة',
    'joint',
  ]
  const large = Array.from({ length: 100_000 }, (_, i) =>
    source({
      title: `${words[i % 9]} ${words[(i * 7) % 9]} ${words[(i * 13) % 9]} report ${i}`,
      publisher: i % 5 === 0 ? null : `Publisher ${i % 300}`,
      publishedDate: i % 4 === 0 ? null : `20${20 + (i % 6)}-${String(1 + (i % 12)).padStart(2, '0')}`,
      kind: SOURCE_KINDS[i % SOURCE_KINDS.length],
      tags: i % 3 === 0 ? ['coalition', `tag ${i % 50}`] : [`tag ${i % 50}`],
      collectionIds: i % 10 === 0 ? [1] : [],
    }),
  )
  const time = <T>(work: () => T): [T, number] => {
    const start = performance.now()
    const result = work()
    return [result, performance.now() - start]
  }

  // Timings belong in the bench (docs/performance.md); this checks the result on 100,000 rows.
  it('filters 100,000 sources, sorted or not', () => {
    const [rows] = time(() => prepareRows(large))
    const [byTitle] = time(() => sortRows(rows, { column: 'title', direction: 'ascending' }))
    const filters: SourceFilters = {
      tag: 'Coalition',
      collectionId: null,
      kind: 'article',
      dateFrom: '2022',
      dateTo: '2024-06',
    }
    const [visible] = time(() => filterRows(byTitle, filters))
    expect(visible.length).toBeGreaterThan(0)
    expect(visible.every((row) => row.tags.includes('coalition') && row.kind === 'article')).toBe(true)

    // Everything from scratch, as when the list reloads, gives the same rows.
    const [cold] = time(() =>
      filterAndSortSources(large, filters, { column: 'title', direction: 'ascending' }),
    )
    expect(cold.map((row) => row.id)).toEqual(visible.map((row) => row.id))
  })
})
