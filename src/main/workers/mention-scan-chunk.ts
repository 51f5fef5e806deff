// Scans a batch of sources for a set of names: reads their texts itself and
// keeps a matcher per name set, so repeated scans (each new source) only pay
// for the text. Runs inside a worker, or inline where no worker can be built.
import { AliasMatcher, type AliasEntry } from '@shared/names/alias-matcher'
import { NameSignature } from '@shared/names/name-signature'
import { SourceTextReader } from '../db/mentions-repository'
import type { ScannedSource } from './mention-scan-protocol'

/** How many matchers to keep: the library's names and the latest set of new ones. */
export const MATCHERS_KEPT = 2

export class ChunkScanner {
  private reader: SourceTextReader | undefined
  private readonly matchers = new Map<string, AliasMatcher>()

  constructor(
    private readonly libraryPath: string,
    private readonly nativeBinding?: string,
  ) {}

  scan(
    namesKey: string,
    names: AliasEntry[] | undefined,
    sourceIds: number[],
    withSignatures: boolean,
  ): ScannedSource[] {
    const matcher = this.matcherFor(namesKey, names)
    if (sourceIds.length === 0) return []
    this.reader ??= new SourceTextReader(this.libraryPath, this.nativeBinding)
    return this.reader.read(sourceIds).map((source) => {
      if (!withSignatures)
        return { id: source.id, contentHash: source.contentHash, matches: matcher.scan(source.text) }
      const signature = new NameSignature()
      const matches = matcher.scan(source.text, signature)
      return { id: source.id, contentHash: source.contentHash, matches, signature: signature.bytes }
    })
  }

  close(): void {
    this.reader?.close()
    this.reader = undefined
  }

  private matcherFor(key: string, names: AliasEntry[] | undefined): AliasMatcher {
    let matcher = this.matchers.get(key)
    if (matcher) {
      // Most recently used last, so the oldest is the one forgotten.
      this.matchers.delete(key)
      this.matchers.set(key, matcher)
      return matcher
    }
    if (!names) throw new Error(`The names "${key}" were never sent to this scanner.`)
    matcher = new AliasMatcher(names)
    this.matchers.set(key, matcher)
    while (this.matchers.size > MATCHERS_KEPT) this.matchers.delete(this.matchers.keys().next().value!)
    return matcher
  }
}
