// The process-wide extraction pool every import shares, started on first use.
import { ExtractionPool, type DocumentReader } from './extraction-pool'
import { defaultExtractWorkerFile } from './worker-file'

let shared: ExtractionPool | undefined

export function sharedDocumentReader(): DocumentReader {
  shared ??= new ExtractionPool({ workerFile: defaultExtractWorkerFile() })
  return shared
}

/** Has the shared pool load the web page reader ahead of the first import (the app calls this at start). */
export function warmUpSharedDocumentReader(): void {
  shared ??= new ExtractionPool({ workerFile: defaultExtractWorkerFile() })
  shared.warmUp()
}

/** Stops the shared pool's workers (the CLI, before it exits; tests). */
export async function closeSharedDocumentReader(): Promise<void> {
  const pool = shared
  shared = undefined
  await pool?.close()
}
