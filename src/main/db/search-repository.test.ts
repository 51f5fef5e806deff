import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useTempDir } from '../test-support/temp-dir'
import { checkLibrary } from './check-library'
import { Library } from './library'
import {
  DELETED_COUNT_SQL,
  HIT_DOCUMENT_SQL,
  RANKED_MATCHES_SQL,
  SearchRepository,
} from './search-repository'
import type { NewSource } from './sources-repository'

const tempDir = useTempDir()

function source(title: string, text: string, extra: Partial<NewSource> = {}): NewSource {
  return {
    title,
    kind: 'report',
    fileName: `${title}.txt`,
    mediaType: 'text/plain',
    contentHash: title,
    text,
    blocks: [],
    original: new TextEncoder().encode(text),
    ...extra,
  }
}

describe('SearchRepository', () => {
  let library: Library
  beforeEach(async () => {
    library = await Library.open(join(tempDir(), 'plans.weft'), { create: true })
  })
  afterEach(() => library.close())

  const plan = (sql: string, ...parameters: unknown[]) =>
    (library.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[]).map(
      (row) => row.detail,
    )

  it('ranks in FTS5 newest first, keeps only the best few, then looks each up by primary key', () => {
    const steps = plan(RANKED_MATCHES_SQL, {
      expression: '"coalition"',
      limit: 20,
      candidates: 20,
      window: 9,
    })
    expect(steps).toEqual([
      'CO-ROUTINE best',
      'CO-ROUTINE recent',
      // FTS5 consumes ORDER BY rowid DESC itself: no sort of the matches.
      expect.stringMatching(/^SCAN sources_fts VIRTUAL TABLE INDEX \d+:M/),
      'SCAN recent',
      // A LIMITed sort: a heap of @candidates rows, not a sort of every match.
      'USE TEMP B-TREE FOR ORDER BY',
      'SCAN best',
      'SEARCH s USING INTEGER PRIMARY KEY (rowid=?)',
    ])
    expect(plan(DELETED_COUNT_SQL)).toEqual([
      'SEARCH sources USING COVERING INDEX sources_deletion_batch (deletion_batch>?)',
    ])
  })

  it('reads a hit’s text, metadata and tags by primary keys only', () => {
    const steps = plan(HIT_DOCUMENT_SQL, 1)
    expect(steps).toEqual(
      expect.arrayContaining([
        'SEARCH s USING INTEGER PRIMARY KEY (rowid=?)',
        'SEARCH c USING INTEGER PRIMARY KEY (rowid=?)',
        'SEARCH st USING PRIMARY KEY (source_id=?)',
        'SEARCH t USING INTEGER PRIMARY KEY (rowid=?)',
      ]),
    )
    expect(steps.join('\n')).not.toMatch(/\bSCAN (s|c|st|t)\b/)
  })

  it('returns live sources best first, and undefined for an expression FTS5 refuses', () => {
    const first = library.sources.insert(source('Coalition partner', 'Damascus joined.'))
    const second = library.sources.insert(source('Depots', 'The coalition and Damascus destroyed depots.'))
    const repository = new SearchRepository(library.db)
    expect(
      repository
        .rankedMatches('"damascus"', 10)!
        .map((match) => match.id)
        .sort(),
    ).toEqual([first, second])
    expect(repository.rankedMatches('"coalition"', 10)!.map((match) => match.id)).toEqual([first, second])
    library.sources.softDelete([first])
    expect(repository.rankedMatches('"coalition"', 10)!.map((match) => match.id)).toEqual([second])
    expect(repository.rankedMatches('"coalition" AND', 10)).toBeUndefined()
    expect(repository.document(second)).toMatchObject({ title: 'Depots', authors: [], tags: [] })
  })

  it('lists the index’s words that start with a prefix, in order, one past the maximum', () => {
    library.sources.insert(source('Reports', 'He reported what reporters report. التقرير ثم التقارير'))
    const repository = new SearchRepository(library.db)
    expect(repository.wordsStartingWith('repor', 16)).toEqual(['report', 'reported', 'reporters', 'reports'])
    expect(repository.wordsStartingWith('repor', 2)).toEqual(['report', 'reported', 'reporters'])
    expect(repository.wordsStartingWith('التق', 16)).toEqual(['التقارير', 'التقرير'])
    expect(repository.wordsStartingWith('zebra', 16)).toEqual([])
  })

  it('ranks a query matching more sources than the rank window among its newest matches', () => {
    const best = library.sources.insert(source('Raid raid raid', 'A raid.'))
    const newer = library.sources.insert(source('Report', 'Talks, then a raid.'))
    const newest = library.sources.insert(source('Note', 'One raid, among many other words here.'))
    expect(new SearchRepository(library.db).rankedMatches('"raid"', 10)!.map((match) => match.id)).toEqual([
      best,
      newer,
      newest,
    ])
    const windowed = new SearchRepository(library.db, 2).rankedMatches('"raid"', 2)!
    expect(windowed.map((match) => match.id)).toEqual([newer, newest])
  })
})

describe('SearchIndex kept in step by SourcesRepository', () => {
  it('passes the index check after inserts, metadata edits, retagging and purges', async () => {
    const library = await Library.open(join(tempDir(), 'step.weft'), { create: true })
    const id = library.sources.insert(
      source('Report', 'Text of the report.', {
        authors: ['Hélène Dubois', 'Ahmad'],
        publisher: 'Middle East Institute',
        url: 'https://mei.example/report',
      }),
    )
    const other = library.sources.insert(source('Other', 'Another text.'))
    library.sources.update(id, { tags: ['Zeta', 'alpha', 'Beta'], title: 'Renamed' })
    library.sources.retag([id, other], ['Gamma'], ['alpha'])
    expect(checkLibrary(library)).toMatchObject({ ok: true, problems: [] })
    library.sources.softDelete([other])
    library.sources.purgeDeleted()
    expect(checkLibrary(library)).toMatchObject({ ok: true, problems: [] })
    library.close()
  })
})
