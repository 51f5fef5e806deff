import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SearchHit } from '@shared/models'
import type { NewSource } from '../db/sources-repository'
import { Library } from '../db/library'
import { useTempDir } from '../test-support/temp-dir'
import { searchServiceFor } from './search-handlers'

const tempDir = useTempDir()

function source(title: string, text: string, extra: Partial<NewSource> = {}): NewSource {
  return {
    title,
    kind: 'article',
    fileName: `${title}.txt`,
    mediaType: 'text/plain',
    contentHash: `${title}:${text}`,
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    original: new TextEncoder().encode(text),
    ...extra,
  }
}

const COALITION = `Damascus has become the 90th partner of the international coalition against the Islamic State group.

Analysts said the Interior Ministry, not the Defense Ministry, would carry the work with the coalition.`
const OPERATION = `US Central Command and the Syrian Interior Ministry destroyed more than 15 weapons depots in a joint operation between 24 and 27 November.`
const PATROL = `A gunman attacked a joint US-Syrian patrol near Palmyra. Al-Shar’a’s government condemned the attack; the operation was not joint, officials stressed.`
const ARABIC = `أعلنت وزارةُ الدَّاخليةِ السوريّة عن تنفيذ عمليات مشتركة ضد خلايا تنظيم الدولة الإسلامية في البادية.`

describe('SearchService over a real library', () => {
  let library: Library
  const ids: Record<string, number> = {}
  const search = (query: string, limit = 20) => searchServiceFor(library).search(query, limit)
  const titles = (query: string) => search(query).hits.map((hit) => hit.title)
  const highlighted = (hit: SearchHit) => hit.highlights.map(([start, end]) => hit.snippet.slice(start, end))

  beforeEach(async () => {
    library = await Library.open(join(tempDir(), 'search.weft'), { create: true })
    ids.coalition = library.sources.insert(source('Syria joins the coalition', COALITION))
    ids.operation = library.sources.insert(source('Depots destroyed in the south', OPERATION))
    ids.patrol = library.sources.insert(
      source('Patrol attacked near Palmyra', PATROL, {
        authors: ['Hélène Dubois'],
        publisher: 'Middle East Institute',
        url: 'https://example.org/palmyra-patrol',
      }),
    )
    ids.arabic = library.sources.insert(source('بيان وزارة الداخلية', ARABIC))
    library.sources.update(ids.patrol!, { tags: ['counterterrorism', 'Palmyra'] })
  })
  afterEach(() => library.close())

  it('finds phrases, ranks them, and cuts snippets from the original text', () => {
    const results = search('"joint operation"')
    expect(results.hits.map((hit) => hit.sourceId)).toEqual([ids.operation])
    const [hit] = results.hits
    expect(highlighted(hit!)).toEqual(['joint operation'])
    expect(hit!.snippet).toContain('destroyed more than 15 weapons depots in a joint operation')
    expect(hit!.score).toBeGreaterThan(0)
    // The match points into the canonical text, so the reader can open there.
    const text = library.sources.get(ids.operation!)!.text
    expect(text.slice(hit!.match!.start, hit!.match!.end)).toBe('joint operation')
    expect(results.tookMs).toBeGreaterThanOrEqual(results.ftsMs)
    expect(results.query).toBe('"joint operation"')
  })

  it('combines terms with AND, OR, NOT, prefixes and parentheses', () => {
    expect(titles('joint operation')).toHaveLength(2)
    expect(titles('Palmyra OR depots').sort()).toEqual([
      'Depots destroyed in the south',
      'Patrol attacked near Palmyra',
    ])
    expect(titles('joint NOT Palmyra')).toEqual(['Depots destroyed in the south'])
    expect(titles('joint -"US-Syrian patrol"')).toEqual(['Depots destroyed in the south'])
    expect(titles('coalit*')).toEqual(['Syria joins the coalition'])
    // Longer than the prefix indexes: looked up as the words it stands for.
    expect(titles('coalitio*')).toEqual(['Syria joins the coalition'])
    expect(titles('"joint operat"*')).toEqual(['Depots destroyed in the south'])
    expect(titles('(Palmyra OR Damascus) NOT coalition')).toEqual(['Patrol attacked near Palmyra'])
    expect(highlighted(search('coalit*').hits[0]!)).toEqual(['coalition', 'coalition'])
  })

  it('weights a word in the title above the same word in the text', () => {
    expect(titles('Palmyra OR coalition OR partner')[0]).toBe('Syria joins the coalition')
    expect(titles('Palmyra')[0]).toBe('Patrol attacked near Palmyra')
  })

  it('ignores case, accents and the way an apostrophe is written', () => {
    expect(titles('DAMASCUS')).toEqual(['Syria joins the coalition'])
    expect(titles("al-shar'a")).toEqual(['Patrol attacked near Palmyra'])
    expect(highlighted(search("Shar'a").hits[0]!)).toEqual(['Shar’a'])
  })

  it('finds Arabic with and without tashkeel, whatever alef or ta marbuta is typed', () => {
    for (const query of ['الداخلية', 'الدَّاخليةِ', 'الداخليه', 'السورية', 'الاسلامية']) {
      const hits = search(query).hits
      expect(
        hits.map((hit) => hit.sourceId),
        query,
      ).toEqual([ids.arabic])
    }
    const hit = search('الداخلية').hits.find((candidate) => candidate.snippet.includes('الدَّاخليةِ'))!
    expect(highlighted(hit)).toContain('الدَّاخليةِ')
  })

  it('searches authors, publisher, URL and tags, and shows them when only they match', () => {
    const byAuthor = search('helene').hits
    expect(byAuthor.map((hit) => hit.sourceId)).toEqual([ids.patrol])
    expect(byAuthor[0]!.snippet).toBe(
      'Hélène Dubois · Middle East Institute · https://example.org/palmyra-patrol · counterterrorism, Palmyra',
    )
    expect(highlighted(byAuthor[0]!)).toEqual(['Hélène'])
    expect(byAuthor[0]!.match).toBeNull()
    expect(titles('"middle east institute"')).toEqual(['Patrol attacked near Palmyra'])
    expect(titles('counterterrorism')).toEqual(['Patrol attacked near Palmyra'])
    expect(titles('example.org')).toEqual(['Patrol attacked near Palmyra'])
  })

  it('follows metadata edits and never shows deleted sources', () => {
    library.sources.update(ids.patrol!, { tags: ['ambush'] })
    expect(titles('counterterrorism')).toEqual([])
    expect(titles('ambush')).toEqual(['Patrol attacked near Palmyra'])
    library.sources.update(ids.coalition!, { title: 'Ninetieth partner' })
    expect(titles('ninetieth')).toEqual(['Ninetieth partner'])

    const { batch } = library.sources.softDelete([ids.operation!])
    expect(titles('joint')).toEqual(['Patrol attacked near Palmyra'])
    library.sources.restore(batch)
    expect(titles('joint')).toHaveLength(2)
  })

  it('answers bad syntax with the best reading of its words, and an empty query with nothing', () => {
    expect(titles('"joint operation')).toEqual(['Depots destroyed in the south'])
    expect(titles('((Palmyra OR AND')).toEqual(['Patrol attacked near Palmyra'])
    expect(titles('Palmyra)) NOT')).toEqual(['Patrol attacked near Palmyra'])
    expect(search('').hits).toEqual([])
    expect(search('   ').hits).toEqual([])
    expect(search('NOT Palmyra').hits).toEqual([])
    expect(search('*** "" ()').hits).toEqual([])
  })

  it('returns at most `limit` hits, best first', () => {
    const all = search('the')
    expect(all.hits.length).toBeGreaterThan(1)
    const scores = all.hits.map((hit) => hit.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
    expect(search('the', 1).hits).toEqual([all.hits[0]])
  })
})
