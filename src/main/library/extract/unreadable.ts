// What a file gets when a parser library trips over it (a stack overflow in a
// strange structure, an internal error): that file's failure, in the same
// words wherever it was read, never the whole batch's.
import { isWeftError, WeftError } from '../../core/weft-error'

export function asExtractionFailure(error: unknown, fileName: string): WeftError {
  if (isWeftError(error)) return error
  const detail = error instanceof Error ? error.message : String(error)
  return new WeftError(
    'unsupported_type',
    `${fileName} could not be read (${detail}). It may be damaged; save it again and import the copy.`,
  )
}
