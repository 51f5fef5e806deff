// Keeps mention suggestions up to date in the background, one job at a time:
// sources never scanned (or whose text changed) are scanned for every name;
// names never looked for are looked for across the whole library. Jobs run
// in the scan executor (worker threads) and never hold up the call that
// caused them; 'mentions:changed' says when something was found.
import { aliasKeyHashes, type AliasEntry } from '@shared/names/alias-matcher'
import { isCurrentSignature, signatureMayHave } from '@shared/names/name-signature'
import type { ScanName } from '../db/aliases-repository'
import type { MentionScanExecutor } from '../workers/mention-scan-executor'
import type { ScannedSource } from '../workers/mention-scan-protocol'
import type { ActorContext } from './actor-context'
import { liveNameSet, writeScanResults, type LiveNames } from './mention-results-writer'

export interface ScanSummary {
  sources: number
  names: number
  /** Suggestions stored by this scan (new ones; those found again keep their place). */
  stored: number
  tookMs: number
}

/** Sources marked scanned per turn of the event loop when there are no names to look for. */
const NO_NAMES_BATCH = 2000
/** Sources whose findings are stored in one transaction. */
const WRITE_BATCH = 512

interface NameList {
  generation: number
  entries: AliasEntry[]
  live: LiveNames
}

export class MentionScanScheduler {
  private running: Promise<void> | undefined
  private wanted = false
  private disposed = false
  private generation = 0
  private names: NameList | undefined
  private fullRescan: { resolve: (summary: ScanSummary) => void; reject: (error: Error) => void }[] = []

  constructor(
    private readonly context: ActorContext,
    private readonly executor: MentionScanExecutor,
    private readonly reportFailure: (error: Error) => void,
    /** Scan in the background as things change (the app); the CLI scans only when asked. */
    private readonly automatic: boolean,
  ) {}

  /** Sources were added or changed: scan the ones not scanned yet. */
  sourcesChanged(): void {
    if (this.automatic) this.kick()
  }

  /** Names or aliases were added, changed or removed. */
  namesChanged(): void {
    this.generation += 1
    this.names = undefined
    if (this.automatic) this.kick()
  }

  /** Resolves when no scan is under way or wanted. */
  async idle(): Promise<void> {
    while (this.running) await this.running
  }

  /** Scans every source for every name again (the CLI's `mentions scan`), after any scan under way. */
  rescanAll(): Promise<ScanSummary> {
    return new Promise((resolve, reject) => {
      this.fullRescan.push({ resolve, reject })
      this.kick()
    })
  }

  dispose(): void {
    this.disposed = true
    this.executor.dispose()
    for (const waiting of this.fullRescan.splice(0)) waiting.reject(new Error('The library was closed.'))
  }

  private kick(): void {
    this.wanted = true
    if (this.running || this.disposed) return
    this.running = this.loop()
      .catch((error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error))
        for (const waiting of this.fullRescan.splice(0)) waiting.reject(failure)
        if (!this.disposed) this.reportFailure(failure)
      })
      .finally(() => {
        this.running = undefined
      })
  }

  private async loop(): Promise<void> {
    // Let the call that asked for a scan answer first, and gather what else changes in the same turn.
    await new Promise((resolve) => setImmediate(resolve))
    while (this.wanted && !this.disposed) {
      this.wanted = false
      if (this.fullRescan.length > 0) {
        const waiting = this.fullRescan.splice(0)
        const summary = await this.scanEverything()
        for (const one of waiting) one.resolve(summary)
        continue
      }
      // With no names there is nothing to find: sources wait, unread, until the first name arrives.
      if (this.nameList().entries.length === 0) continue
      const sourceIds = this.context.mentions.sourcesToScan()
      if (sourceIds.length > 0) await this.scanSources(sourceIds, this.nameList())
      if (this.disposed) return
      const pending = this.context.aliases.unscannedNames()
      if (pending.length > 0) await this.scanNewNames(pending)
    }
    // Idle now: have the workers build the matcher for every name, so the next new source is scanned at once.
    if (this.automatic && !this.disposed) {
      const names = this.nameList()
      if (names.entries.length > 0) this.executor.prepare(`all@${names.generation}`, names.entries)
    }
  }

  private async scanEverything(): Promise<ScanSummary> {
    const started = performance.now()
    const sourceIds = this.context.mentions.liveSourceIds()
    const names = this.nameList()
    const scanNames = this.context.aliases.scanNames()
    const stored = await this.scanSources(sourceIds, names)
    this.markNamesScanned(scanNames)
    return { sources: sourceIds.length, names: scanNames.length, stored, tookMs: performance.now() - started }
  }

  /** Scans sources for every name; their open suggestions become what is found. */
  private async scanSources(sourceIds: number[], names: NameList): Promise<number> {
    const results = this.resultWriter(true)
    if (names.entries.length === 0) {
      // Nothing to look for (a full rescan of a library without actors): the sources count as
      // scanned without being read, a batch per turn.
      for (let at = 0; at < sourceIds.length && !this.disposed; at += NO_NAMES_BATCH) {
        if (at > 0) await new Promise((resolve) => setImmediate(resolve))
        const hashes = this.context.mentions.contentHashes(sourceIds.slice(at, at + NO_NAMES_BATCH))
        results.add([...hashes].map(([id, contentHash]) => ({ id, contentHash, matches: [] })))
      }
    } else {
      await this.executor.scan(
        { namesKey: `all@${names.generation}`, names: names.entries, sourceIds, withSignatures: true },
        results.add,
      )
    }
    return results.finish()
  }

  /** Looks for names not looked for yet across the whole library, adding what is found. */
  private async scanNewNames(pending: ScanName[]): Promise<void> {
    const entries = pending.map(toEntry)
    const sourceIds = mayHoldAny(this.context.mentions.signatures(), entries)
    const results = this.resultWriter(false)
    await this.executor.scan(
      {
        namesKey: `new@${this.generation}:${pending.length}`,
        names: entries,
        sourceIds,
        withSignatures: false,
      },
      results.add,
    )
    if (this.disposed) return
    this.markNamesScanned(pending)
    results.finish()
  }

  /**
   * Gathers findings as chunks arrive and stores them a batch at a time (one
   * transaction per batch, not per chunk: fewer commits, far less disk work);
   * `finish` stores the rest, announces what changed and returns how many were stored.
   */
  private resultWriter(replaceOpen: boolean): {
    add: (sources: ScannedSource[]) => void
    finish: () => number
  } {
    let pending: ScannedSource[] = []
    let stored = 0
    const changedSources: number[] = []
    const changedEntities = new Set<number>()
    const flush = (): void => {
      if (this.disposed || pending.length === 0) return
      const outcome = writeScanResults(this.context, pending, this.nameList().live, replaceOpen)
      pending = []
      stored += outcome.inserted
      changedSources.push(...outcome.sourceIds)
      for (const id of outcome.entityIds) changedEntities.add(id)
      if (outcome.stale.length > 0) this.wanted = true
    }
    return {
      add: (sources) => {
        pending.push(...sources)
        if (pending.length >= WRITE_BATCH) flush()
      },
      finish: () => {
        flush()
        if (!this.disposed) this.announce(changedSources, changedEntities)
        return stored
      },
    }
  }

  private markNamesScanned(names: ScanName[]): void {
    const at = this.context.now()
    this.context.transaction(() => {
      for (const name of names) {
        if (name.aliasId === null) this.context.entities.markNameScanned(name.entityId, name.alias, at)
        else this.context.aliases.markAliasScanned(name.aliasId, at)
      }
    })
  }

  private announce(sourceIds: number[], entityIds: Set<number>): void {
    if (sourceIds.length === 0 && entityIds.size === 0) return
    this.context.emit('mentions:changed', { sourceIds: [...new Set(sourceIds)], entityIds: [...entityIds] })
  }

  /** Every live name, cached until names change. */
  private nameList(): NameList {
    if (!this.names || this.names.generation !== this.generation) {
      const entries = this.context.aliases.scanNames().map(toEntry)
      this.names = { generation: this.generation, entries, live: liveNameSet(entries) }
    }
    return this.names
  }
}

/** Past this many new names at once, checking signatures costs more than scanning everything. */
const MAX_NAMES_CHECKED = 200

/** The sources that may hold one of the names: those whose signature has every key of one, or that have none. */
function mayHoldAny(sources: { id: number; signature: Uint8Array | null }[], names: AliasEntry[]): number[] {
  if (names.length > MAX_NAMES_CHECKED) return sources.map((source) => source.id)
  const keys = names.map(aliasKeyHashes)
  return sources
    .filter(({ signature }) => {
      if (!isCurrentSignature(signature)) return true
      return keys.some((hashes) => hashes.every((hash) => signatureMayHave(signature, hash)))
    })
    .map((source) => source.id)
}

function toEntry(name: ScanName): AliasEntry {
  return { entityId: name.entityId, alias: name.alias, kind: name.kind }
}
