// An error the user should read: it carries a code from the contract and a
// message that says what happened and what to do.
import type { ErrorCode } from '@shared/result'

export class WeftError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'WeftError'
  }
}

export function isWeftError(error: unknown): error is WeftError {
  return error instanceof WeftError
}
