// The messages between the import service's pool and an extraction worker.
import type { ErrorCode } from '@shared/result'
import type { ExtractedDocument } from '../library/extract/document'

export interface ExtractRequest {
  type: 'extract'
  id: number
  fileName: string
  bytes: Uint8Array
}

/** Load the web page reader (jsdom, DOMPurify, Readability) now, before the first page arrives. */
export interface WarmUpRequest {
  type: 'warm-up'
}

export type WorkerRequest = ExtractRequest | WarmUpRequest

export type WorkerReply =
  | { type: 'ready' }
  /** The file's reader is loaded and parsing starts: its time limit runs from here. */
  | { type: 'parsing'; id: number }
  | { type: 'done'; id: number; document: ExtractedDocument }
  | { type: 'failed'; id: number; code: ErrorCode; message: string }
