// Finds every place a set of aliases occurs in a text, transliteration-aware
// and precise: token sequences compared after normalisation, acronyms only as
// whole words in their own case. Each match says which alias matched and why.
// Built for scanning a whole library: tokens are compared as interned integer
// ids, and what a written word normalises to is worked out once per spelling.
import { explainMatch } from './explain-match'
import { isNameSeparator, tokenSpans, tokeniseNames, type TokenSpans } from './name-tokens'
import { isArticle, looksLikeAcronym, normaliseNameToken } from './normalise-name'
import { nameKeyHash, type NameSignature } from './name-signature'
import { SpellingTable, type SpellingInfo } from './spelling-table'

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

interface CompiledAlias {
  entityId: number
  alias: string
  /** Key ids of the alias's words after the first. */
  rest: Int32Array
}

/**
 * Aliases by their first word, then by their second: many aliases share a
 * first word ("the …", "Abu …", "Ministry of …"), and a common word must not
 * make every token of every text try each of them.
 */
interface KeyNode {
  single: CompiledAlias[]
  bySecond: Map<number, CompiledAlias[]>
}

/** A text's words in one comparison mode: which token each is, where it starts, its key id. */
interface KeyedWords {
  length: number
  token: Int32Array
  start: Int32Array
  key: Int32Array
}

const POSSESSIVE = /['’]s$/

type ScratchName = 'spelling' | 'foldedToken' | 'foldedStart' | 'foldedKey' | 'exactKey' | 'identity'

export class AliasMatcher {
  private readonly foldedKeyIds = new Map<string, number>()
  private readonly exactKeyIds = new Map<string, number>()
  private readonly foldedFirst = new Map<number, KeyNode>()
  private readonly exactFirst = new Map<number, KeyNode>()
  private readonly spellings = new SpellingTable((raw) => this.describe(raw))
  private readonly reasonCache = new Map<string, string[]>()
  private readonly scratch: Partial<Record<ScratchName, Int32Array>> & { spans?: TokenSpans } = {}
  readonly size: number

  constructor(entries: readonly AliasEntry[]) {
    let size = 0
    for (const entry of entries) {
      const acronym = entry.kind === 'acronym' || looksLikeAcronym(entry.alias)
      const keys = aliasKeys(entry.alias, acronym)
      if (keys.length === 0) continue
      const ids = acronym ? this.exactKeyIds : this.foldedKeyIds
      const keyIds = keys.map((key) => {
        let id = ids.get(key)
        if (id === undefined) {
          id = ids.size
          ids.set(key, id)
        }
        return id
      })
      const compiled: CompiledAlias = {
        entityId: entry.entityId,
        alias: entry.alias,
        rest: Int32Array.from(keyIds.slice(1)),
      }
      const firsts = acronym ? this.exactFirst : this.foldedFirst
      let node = firsts.get(keyIds[0]!)
      if (!node) {
        node = { single: [], bySecond: new Map() }
        firsts.set(keyIds[0]!, node)
      }
      if (keyIds.length === 1) node.single.push(compiled)
      else {
        const bucket = node.bySecond.get(keyIds[1]!)
        if (bucket) bucket.push(compiled)
        else node.bySecond.set(keyIds[1]!, [compiled])
      }
      size += 1
    }
    this.size = size
  }

  /** Every match in the text; with `signature`, also records every name key the text holds. */
  scan(text: string, signature?: NameSignature): AliasMatch[] {
    if (this.size === 0 && !signature) return []
    const spans = tokenSpans(text, this.scratch.spans)
    this.scratch.spans = spans
    const { count, starts, ends, hashes } = spans
    const table = this.spellings
    table.trim()
    const spelling = this.buffer('spelling', count)
    for (let i = 0; i < count; i += 1) spelling[i] = table.lookup(text, starts[i]!, ends[i]!, hashes[i]!)
    if (signature) {
      // Each spelling once per text: "the" a hundred times adds nothing after the first.
      const mark = table.nextMark()
      for (let i = 0; i < count; i += 1) {
        if (!table.markOnce(spelling[i]!, mark)) continue
        signature.add(table.foldedHash[spelling[i]!]!)
        signature.add(table.exactHash[spelling[i]!]!)
      }
    }
    const { folded: foldedIds, exact: exactIds } = table
    const isArticleAt = (i: number): boolean => {
      const article = table.article[spelling[i]!]!
      if (article === 0 || i + 1 >= count || !isNameSeparator(text, ends[i]!, starts[i + 1]!)) return false
      return article === 1 || (ends[i]! + 1 === starts[i + 1]! && text.charCodeAt(ends[i]!) === 0x2d)
    }

    // Normalised words with articles dropped: "al-Sharaa" is one word "shara" that starts at "al".
    const foldedToken = this.buffer('foldedToken', count)
    const foldedStart = this.buffer('foldedStart', count)
    let folded = 0
    let articleStart = -1
    for (let i = 0; i < count; i += 1) {
      if (isArticleAt(i)) {
        articleStart = starts[i]!
        continue
      }
      foldedToken[folded] = i
      foldedStart[folded] = articleStart >= 0 ? articleStart : starts[i]!
      articleStart = -1
      folded += 1
    }

    const foldedKey = this.buffer('foldedKey', folded)
    for (let f = 0; f < folded; f += 1) foldedKey[f] = foldedIds[spelling[foldedToken[f]!]!]!
    const found = new Matches(this, text, ends, spelling, table.possessive)
    const words = { length: folded, token: foldedToken, start: foldedStart, key: foldedKey }
    this.matchWords(text, ends, words, this.foldedFirst, found)
    if (this.exactFirst.size > 0) {
      const exactKey = this.buffer('exactKey', count)
      const identity = this.buffer('identity', count)
      for (let i = 0; i < count; i += 1) {
        exactKey[i] = exactIds[spelling[i]!]!
        identity[i] = i
      }
      this.matchWords(
        text,
        ends,
        { length: count, token: identity, start: starts, key: exactKey },
        this.exactFirst,
        found,
      )
    }
    return found.sorted()
  }

  /** Every alias whose words follow each other in `words`, only spaces or a hyphen between them. */
  private matchWords(
    text: string,
    ends: Int32Array,
    words: KeyedWords,
    index: Map<number, KeyNode>,
    found: Matches,
  ): void {
    const { length, token, start, key } = words
    for (let f = 0; f < length; f += 1) {
      // Most words are in no alias (key -1): skip them without a lookup.
      const node = key[f]! < 0 ? undefined : index.get(key[f]!)
      if (!node) continue
      for (const alias of node.single) found.add(alias, start[f]!, token[f]!)
      if (f + 1 >= length || node.bySecond.size === 0) continue
      const bucket = node.bySecond.get(key[f + 1]!)
      if (!bucket || !isNameSeparator(text, ends[token[f]!]!, start[f + 1]!)) continue
      for (const alias of bucket) {
        const last = f + alias.rest.length
        if (last >= length) continue
        let ok = true
        for (let k = 1; k < alias.rest.length && ok; k += 1) {
          ok =
            key[f + k + 1] === alias.rest[k] && isNameSeparator(text, ends[token[f + k]!]!, start[f + k + 1]!)
        }
        if (ok) found.add(alias, start[f]!, token[last]!)
      }
    }
  }

  /** A scratch array of at least `length` entries, kept between scans so they allocate little. */
  private buffer(name: ScratchName, length: number): Int32Array {
    let array = this.scratch[name]
    if (!array || array.length < length) {
      array = new Int32Array(Math.max(length, 1024))
      this.scratch[name] = array
    }
    return array
  }

  /** Why `written` counts as `alias`, worked out once per pair. */
  reasonsFor(alias: string, written: string): string[] {
    const key = `${alias}\u0000${written}`
    let reasons = this.reasonCache.get(key)
    if (!reasons) {
      if (this.reasonCache.size > 200_000) this.reasonCache.clear()
      reasons = explainMatch(alias, written)
      this.reasonCache.set(key, reasons)
    }
    return reasons
  }

  private describe(raw: string): SpellingInfo {
    const lower = raw.toLowerCase()
    const folded = normaliseNameToken(raw)
    const exact = raw.replace(POSSESSIVE, '')
    return {
      folded: this.foldedKeyIds.get(folded) ?? -1,
      exact: this.exactKeyIds.get(exact) ?? -1,
      article: isArticle(lower, false) ? 1 : isArticle(lower, true) ? 2 : 0,
      possessive: POSSESSIVE.test(raw),
      foldedHash: nameKeyHash(folded),
      exactHash: nameKeyHash(exact),
    }
  }
}

/** The matches of one scan: one per entity and span, the first alias found wins. */
class Matches {
  private readonly list: AliasMatch[] = []
  private readonly seen = new Set<string>()

  constructor(
    private readonly matcher: AliasMatcher,
    private readonly text: string,
    private readonly ends: Int32Array,
    private readonly spelling: Int32Array,
    private readonly possessive: Uint8Array,
  ) {}

  add(alias: CompiledAlias, start: number, lastToken: number): void {
    const writtenEnd = this.ends[lastToken]!
    const end = writtenEnd - (this.possessive[this.spelling[lastToken]!] ? 2 : 0)
    const key = `${alias.entityId}:${start}:${end}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.list.push({
      entityId: alias.entityId,
      alias: alias.alias,
      start,
      end,
      exact: this.text.slice(start, end),
      reasons: this.matcher.reasonsFor(alias.alias, this.text.slice(start, writtenEnd)),
    })
  }

  /** In text order; a shorter alias inside a longer one of the same actor ("Interior Ministry" in "Syrian Interior Ministry") is dropped. */
  sorted(): AliasMatch[] {
    this.list.sort((a, b) => a.start - b.start || b.end - a.end || a.entityId - b.entityId)
    const coveredUntil = new Map<number, number>()
    return this.list.filter((match) => {
      if (match.start < (coveredUntil.get(match.entityId) ?? -1)) return false
      coveredUntil.set(match.entityId, match.end)
      return true
    })
  }
}

/** The key hashes a text's name signature must have for the alias to occur in it. */
export function aliasKeyHashes(entry: AliasEntry): number[] {
  const acronym = entry.kind === 'acronym' || looksLikeAcronym(entry.alias)
  return aliasKeys(entry.alias, acronym).map(nameKeyHash)
}

/** The comparable keys of an alias's words: articles dropped unless it is an acronym. */
function aliasKeys(alias: string, acronym: boolean): string[] {
  const tokens = tokeniseNames(alias)
  const keys: string[] = []
  tokens.forEach((token, index) => {
    const next = tokens[index + 1]
    if (!acronym && next && isNameSeparator(alias, token.end, next.start)) {
      if (isArticle(token.raw, next.gap === '-')) return
    }
    keys.push(acronym ? token.raw.replace(POSSESSIVE, '') : normaliseNameToken(token.raw))
  })
  return keys
}
