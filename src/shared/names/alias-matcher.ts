// Finds every place a set of aliases occurs in a text, transliteration-aware
// and precise: token sequences compared after normalisation, acronyms only as
// whole words in their own case. Each match says which alias matched and why.
import { explainMatch } from './explain-match'
import { tokeniseNames, type NameToken } from './name-tokens'
import { isArticle, looksLikeAcronym, normaliseNameToken } from './normalise-name'

export interface AliasEntry {
  entityId: number
  alias: string
  /** Acronym aliases match case-sensitively as whole words. */
  kind?: string
}

export interface AliasMatch {
  entityId: number
  alias: string
  start: number
  end: number
  /** The text as written in the source. */
  exact: string
  /** Why this counts as the alias: "exact spelling", "letter case", "doubled letters"... */
  reasons: string[]
}

interface CompiledAlias extends AliasEntry {
  keys: string[]
  acronym: boolean
}

/** Tokens a name is compared on: articles dropped, each with its comparable key. */
interface KeyedToken {
  key: string
  token: NameToken
  /** An article directly before this token ("al-" in "al-Sharaa"), kept for the match's span. */
  article: NameToken | undefined
}

const SEPARATOR = /^[ \t\u00a0-]+$|^[ \t\u00a0]*\n[ \t\u00a0]*$/

export class AliasMatcher {
  private readonly byFirstKey = new Map<string, CompiledAlias[]>()
  private readonly keyCache = new Map<string, string>()

  constructor(entries: AliasEntry[]) {
    for (const entry of entries) {
      const acronym = entry.kind === 'acronym' || looksLikeAcronym(entry.alias)
      const keys = this.keyTokens(tokeniseNames(entry.alias), acronym).map((keyed) => keyed.key)
      if (keys.length === 0) continue
      const compiled: CompiledAlias = { ...entry, keys, acronym }
      const bucket = this.byFirstKey.get(keys[0]!)
      if (bucket) bucket.push(compiled)
      else this.byFirstKey.set(keys[0]!, [compiled])
    }
  }

  scan(text: string): AliasMatch[] {
    const tokens = tokeniseNames(text)
    const folded = this.keyTokens(tokens, false)
    const exactCase = this.keyTokens(tokens, true)
    const matches: AliasMatch[] = []
    for (let i = 0; i < folded.length; i += 1) {
      const candidates = [
        ...(this.byFirstKey.get(folded[i]!.key) ?? []),
        ...(this.byFirstKey.get(exactCase[i]!.key) ?? []),
      ]
      for (const alias of candidates) {
        const keyed = alias.acronym ? exactCase : folded
        if (!sequenceMatches(keyed, i, alias.keys)) continue
        const first = keyed[i]!
        const last = keyed[i + alias.keys.length - 1]!.token
        const start = (first.article ?? first.token).start
        const end = last.end - (/['’]s$/.test(last.raw) ? 2 : 0)
        const exact = text.slice(start, end)
        matches.push({
          entityId: alias.entityId,
          alias: alias.alias,
          start,
          end,
          exact,
          reasons: explainMatch(alias.alias, text.slice(start, last.end)),
        })
      }
    }
    return dedupe(matches)
  }

  private keyTokens(tokens: NameToken[], exactCase: boolean): KeyedToken[] {
    const keyed: KeyedToken[] = []
    let pendingArticle: NameToken | undefined
    tokens.forEach((token, index) => {
      const next = tokens[index + 1]
      const hyphenated = next?.gap === '-'
      if (!exactCase && next && SEPARATOR.test(next.gap) && isArticle(token.raw, hyphenated)) {
        pendingArticle = token
        return
      }
      const key = exactCase ? token.raw.replace(/['’]s$/, '') : this.cachedKey(token.raw)
      keyed.push({ key, token, article: pendingArticle })
      pendingArticle = undefined
    })
    return keyed
  }

  private cachedKey(raw: string): string {
    let key = this.keyCache.get(raw)
    if (key === undefined) {
      key = normaliseNameToken(raw)
      this.keyCache.set(raw, key)
    }
    return key
  }
}

function sequenceMatches(tokens: KeyedToken[], at: number, keys: string[]): boolean {
  if (at + keys.length > tokens.length) return false
  for (let k = 0; k < keys.length; k += 1) {
    const token = tokens[at + k]!
    if (token.key !== keys[k]) return false
    // Words of one name sit next to each other: only spaces or a hyphen between them.
    if (k > 0 && !SEPARATOR.test((token.article ?? token.token).gap)) return false
  }
  return true
}

/** One match per entity and span: the first alias found wins. */
function dedupe(matches: AliasMatch[]): AliasMatch[] {
  const seen = new Set<string>()
  return matches.filter((match) => {
    const key = `${match.entityId}:${match.start}:${match.end}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
