// Turns SQLite's error codes into messages a researcher can act on.
import { basename } from 'node:path'
import { isWeftError, WeftError } from '../core/weft-error'

export function toLibraryError(error: unknown, path: string): Error {
  if (isWeftError(error)) return error
  const code = (error as { code?: string }).code ?? ''
  const name = basename(path)
  if (code === 'SQLITE_NOTADB') {
    return new WeftError(
      'not_a_library',
      `${name} is not a Weft library, or its header is damaged. The file was not changed.`,
    )
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new WeftError(
      'library_corrupt',
      `${name} is damaged (${code}). Restore it from a backup; "weft check" reports what is wrong.`,
    )
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return new WeftError(
      'io_error',
      `Weft cannot write to ${path} (${code}). Check the file's permissions and free space.`,
    )
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new WeftError('io_error', `${name} is busy in another program. Close it there and try again.`)
  }
  return error instanceof Error ? error : new Error(String(error))
}
