// `weft search QUERY [--limit N] [--json]`: the library's best matches, best
// first, each with the snippet around its match.
import type { SearchHit } from '@shared/models'
import type { Library } from '../../db/library'
import { searchServiceFor } from '../../search/search-handlers'
import { printJson, type CliIo } from '../cli-io'

export const SEARCH_LIMIT_DEFAULT = 20
const SEARCH_LIMIT_MAX = 200

/** The snippet with each match between ** marks, as Markdown shows bold. */
export function markedSnippet(hit: Pick<SearchHit, 'snippet' | 'highlights'>): string {
  let marked = ''
  let at = 0
  for (const [start, end] of hit.highlights) {
    marked += `${hit.snippet.slice(at, start)}**${hit.snippet.slice(start, end)}**`
    at = end
  }
  return marked + hit.snippet.slice(at)
}

function parseLimit(text: string | undefined): number | undefined {
  if (text === undefined) return SEARCH_LIMIT_DEFAULT
  const limit = Number(text)
  return Number.isInteger(limit) && limit >= 1 && limit <= SEARCH_LIMIT_MAX ? limit : undefined
}

export function searchCommand(
  library: Library,
  words: string[],
  limitText: string | undefined,
  json: boolean,
  io: CliIo,
): number {
  const query = words.join(' ').trim()
  if (!query) {
    io.err('weft search: give a query, for example: weft search \'"joint operation" OR raid*\'')
    return 1
  }
  const limit = parseLimit(limitText)
  if (limit === undefined) {
    io.err(`weft search: --limit must be a whole number from 1 to ${SEARCH_LIMIT_MAX}, not "${limitText}".`)
    return 1
  }
  const results = searchServiceFor(library).search(query, limit)
  if (json) {
    printJson(
      io,
      results.hits.map(({ sourceId, title, snippet, score }) => ({ sourceId, title, snippet, score })),
    )
    return 0
  }
  for (const hit of results.hits) {
    io.out(`#${hit.sourceId}  ${hit.title}`)
    io.out(`    ${markedSnippet(hit)}`)
  }
  const took = `${results.tookMs.toFixed(1)} ms`
  if (results.hits.length === 0) {
    io.err(
      `No sources match ${query} (${took}). Try fewer words, a prefix such as coalit*, or OR between alternatives.`,
    )
  } else {
    io.err(`${results.hits.length} ${results.hits.length === 1 ? 'hit' : 'hits'}, best first (${took}).`)
  }
  return 0
}
