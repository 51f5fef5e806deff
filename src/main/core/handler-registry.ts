// The one way a call reaches the core: look the name up in the contract,
// validate the input with its schema, run the handler and wrap the outcome in
// the result envelope. Every shell (IPC, HTTP) goes through `dispatchCall`.
import { calls, isCallName, type CallName, type CallOutput, type ParsedCallInput } from '@shared/contract'
import { fail, ok, type Result } from '@shared/result'
import { isWeftError } from './weft-error'

export type Handler<N extends CallName> = (
  input: ParsedCallInput<N>,
) => Promise<CallOutput<N>> | CallOutput<N>
export type HandlerTable = { [N in CallName]: Handler<N> }
export type PartialHandlerTable = Partial<HandlerTable>

/** Merge per-feature tables; a name registered twice is a programming error. */
export function mergeHandlerTables(...tables: PartialHandlerTable[]): PartialHandlerTable {
  const merged: Record<string, unknown> = {}
  for (const table of tables) {
    for (const [name, handler] of Object.entries(table)) {
      if (name in merged) throw new Error(`Handler for "${name}" is registered twice`)
      merged[name] = handler
    }
  }
  return merged as PartialHandlerTable
}

/** Names in the contract with no handler, and handler names not in the contract. */
export function findContractGaps(table: PartialHandlerTable): { missing: string[]; unknown: string[] } {
  const names = Object.keys(table)
  return {
    missing: Object.keys(calls).filter((name) => !names.includes(name)),
    unknown: names.filter((name) => !isCallName(name)),
  }
}

export function assertComplete(table: PartialHandlerTable): HandlerTable {
  const { missing, unknown } = findContractGaps(table)
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(`Handler table does not match the contract: missing [${missing}], unknown [${unknown}]`)
  }
  return table as HandlerTable
}

export type InternalErrorReporter = (error: unknown, name: string) => void

export async function dispatchCall(
  table: HandlerTable,
  name: unknown,
  rawInput: unknown,
  reportInternal: InternalErrorReporter = (error, call) => console.error(`[weft] ${call} failed`, error),
): Promise<Result<unknown>> {
  if (!isCallName(name)) return fail('invalid_input', `Unknown call "${String(name)}".`)
  const parsed = calls[name].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
      .join('; ')
    return fail('invalid_input', `Invalid input for ${name}: ${detail}`)
  }
  try {
    const handler = table[name] as (input: unknown) => unknown
    return ok(await handler(parsed.data))
  } catch (error) {
    if (isWeftError(error)) return fail(error.code, error.message)
    reportInternal(error, name)
    const message = error instanceof Error ? error.message : String(error)
    return fail('internal', `Something went wrong in ${name}: ${message}`)
  }
}
