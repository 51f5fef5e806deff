// What the actor commands (entities, passages, mentions) share: their options,
// the services over the library for one command, and reading ids and inputs
// with the same checks the app's calls use.
import { calls, type CallName, type ParsedCallInput } from '@shared/contract'
import { EventBus } from '../../core/event-bus'
import { WeftError } from '../../core/weft-error'
import { ActorServices } from '../../actors/actor-services'
import type { Library } from '../../db/library'

/** The options these commands add to the command line (see run-cli.ts). */
export interface ActorCliValues {
  json: boolean
  type?: string
  alias?: string[]
  parent?: string
  start?: string
  end?: string
  entity?: string[]
}

/** Runs one command with the actor services, scanning only when the command asks. */
export async function withActorServices<T>(
  library: Library,
  work: (services: ActorServices) => Promise<T> | T,
): Promise<T> {
  const services = new ActorServices(library, new EventBus(), { background: false })
  try {
    return await work(services)
  } finally {
    services.dispose()
  }
}

/** A positive whole number from the command line, or an error that names it. */
export function parseId(text: string | undefined, what: string, usage: string): number {
  if (text === undefined) throw new WeftError('invalid_input', `${what} is missing. Usage: ${usage}`)
  const value = Number(text)
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
    throw new WeftError(
      'invalid_input',
      `${what} must be a whole number from 1, not "${text}". Usage: ${usage}`,
    )
  }
  return value
}

/** An offset from the command line: a whole number from 0. */
export function parseOffset(text: string | undefined, what: string, usage: string): number {
  if (text === undefined) throw new WeftError('invalid_input', `${what} is missing. Usage: ${usage}`)
  if (!/^\d+$/.test(text))
    throw new WeftError('invalid_input', `${what} must be a whole number from 0, not "${text}".`)
  return Number(text)
}

/** Checks a command's input with the schema of the call it stands for, so both doors refuse the same things. */
export function validated<N extends CallName>(name: N, input: unknown): ParsedCallInput<N> {
  const parsed = calls[name].input.safeParse(input)
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
      .join('; ')
    throw new WeftError('invalid_input', detail)
  }
  return parsed.data as ParsedCallInput<N>
}
