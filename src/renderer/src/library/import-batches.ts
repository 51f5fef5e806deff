// Splits picked files into batches small enough to send in one call, and
// refuses files that are too large before reading a byte of them.
import {
  formatBytes,
  IMPORT_BATCH_BYTES,
  IMPORT_BATCH_FILES,
  MAX_TEXT_FILE_BYTES,
  maxImportBytes,
} from '@shared/limits'
import type { ImportOutcome } from '@shared/models'
import type { PickedFile } from './dropped-files'

export interface ImportPlan {
  batches: PickedFile[][]
  refused: ImportOutcome[]
}

export function planImport(files: PickedFile[]): ImportPlan {
  const refused: ImportOutcome[] = []
  const batches: PickedFile[][] = []
  let current: PickedFile[] = []
  let currentBytes = 0
  for (const picked of files) {
    const limit = maxImportBytes(picked.name)
    if (picked.file.size > limit) {
      refused.push({
        status: 'failed',
        name: picked.name,
        reason: `${picked.name} is ${formatBytes(picked.file.size)}; Weft imports ${limit > MAX_TEXT_FILE_BYTES ? 'PDF and Word files' : 'text files'} up to ${formatBytes(limit)}. Split it into smaller files and import those.`,
      })
      continue
    }
    if (
      current.length > 0 &&
      (current.length >= IMPORT_BATCH_FILES || currentBytes + picked.file.size > IMPORT_BATCH_BYTES)
    ) {
      batches.push(current)
      current = []
      currentBytes = 0
    }
    current.push(picked)
    currentBytes += picked.file.size
  }
  if (current.length > 0) batches.push(current)
  return { batches, refused }
}
