// The envelope every call returns, so errors survive the hop across IPC or HTTP.

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'forbidden',
  'empty_file',
  'not_text',
  'invalid_encoding',
  'too_large',
  'unsupported_type',
  'duplicate',
  'library_newer',
  'library_corrupt',
  'not_a_library',
  'io_error',
  'cancelled',
  'internal',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface CallError {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } }
}
