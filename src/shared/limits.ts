// Limits on what may be imported, shared so the renderer can refuse a file
// before sending it and the core enforces the same rule.

export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024
export const MAX_DOCUMENT_FILE_BYTES = 200 * 1024 * 1024

/** The largest file of this kind Weft imports: PDF and Word documents may be larger than text. */
export function maxImportBytes(fileName: string): number {
  return /\.(pdf|docx|docm|dotx)$/i.test(fileName) ? MAX_DOCUMENT_FILE_BYTES : MAX_TEXT_FILE_BYTES
}

/** Largest batch of file bytes sent in one call, so progress can be shown between calls. */
export const IMPORT_BATCH_BYTES = 16 * 1024 * 1024
export const IMPORT_BATCH_FILES = 200

export const TEXT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'] as const

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`
}
