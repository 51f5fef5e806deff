// What the mention scan workers and the main thread say to each other.
import type { AliasEntry, AliasMatch } from '@shared/names/alias-matcher'

/** Given to each worker when it starts. */
export interface MentionScanWorkerData {
  /** Marks this worker's data, so the module does nothing when loaded any other way. */
  weftMentionScan: true
  libraryPath: string
  nativeBinding?: string
}

/** Which names to look for: `key` names the set, so a worker builds each matcher once. */
export interface NameSet {
  key: string
  names: AliasEntry[]
}

export interface ScanChunkMessage {
  type: 'scan'
  chunkId: number
  namesKey: string
  /** Present when the worker may not have this set yet. */
  names?: AliasEntry[]
  /** Empty to only build the matcher ahead of the next scan (warming up). */
  sourceIds: number[]
  /** Also return each text's name signature (scans that record a source as scanned). */
  withSignatures: boolean
}

/** What was found in one source, with the hash of the text it was found in. */
export interface ScannedSource {
  id: number
  contentHash: string
  matches: AliasMatch[]
  /** The name keys the text holds (NameSignature bytes), when asked for. */
  signature?: Uint8Array
}

export type ScanReply =
  | { type: 'result'; chunkId: number; sources: ScannedSource[] }
  | { type: 'error'; chunkId: number; message: string }
