// The renderer's one way into the core, typed from the contract. Components
// use it through hooks (useApi, useEvent), never through window directly.
import type { CallInput, CallName, CallOutput, EventName, EventPayloads } from '@shared/contract'
import type { CallError } from '@shared/result'
import { httpTransport, takeWebShellToken } from './http-transport'
import { electronBridge, electronTransport, type Transport } from './transport'

export class CallFailed extends Error {
  constructor(readonly error: CallError) {
    super(error.message)
    this.name = 'CallFailed'
  }
}

export class WeftClient {
  constructor(private readonly transport: Transport) {}

  async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    const result = await this.transport.call(name, input)
    if (!result.ok) throw new CallFailed(result.error)
    return result.value as CallOutput<N>
  }

  on<N extends EventName>(name: N, listener: (payload: EventPayloads[N]) => void): () => void {
    return this.transport.on(name, listener as (payload: unknown) => void)
  }
}

export function createWeftClient(): WeftClient {
  const bridge = electronBridge()
  return new WeftClient(bridge ? electronTransport(bridge) : httpTransport(takeWebShellToken()))
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
