// The web shell's transport: POST /api/call/<name> with the run's token, and
// server-sent events for core events. Bytes travel as base64 in JSON.
import { EVENT_NAMES, WIRE_BYTES_KEY, type EventName } from '@shared/contract-names'
import type { Result } from '@shared/result'
import type { Transport } from './transport'

const TOKEN_KEY = 'weft.webShellToken'

/** The token arrives once in the URL; keep it for reloads and take it out of the address bar. */
export function takeWebShellToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

export function httpTransport(token: string): Transport {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  let source: EventSource | undefined

  const ensureStream = (): void => {
    if (source) return
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        const payload: unknown = JSON.parse((event as MessageEvent<string>).data)
        for (const listener of listeners.get(name) ?? []) listener(payload)
      })
    }
  }

  return {
    async call(name, input) {
      const response = await fetch(`/api/call/${name}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}, bytesReplacer),
      })
      if (!response.ok) {
        return {
          ok: false,
          error: { code: 'forbidden', message: `The web shell refused the call (${response.status}).` },
        }
      }
      return JSON.parse(await response.text(), bytesReviver) as Result<unknown>
    },
    on(name, listener) {
      ensureStream()
      const set = listeners.get(name) ?? new Set()
      set.add(listener)
      listeners.set(name, set)
      return () => set.delete(listener)
    },
  }
}

/** Undoes the server's encoding: `{ $weftBytes: base64 }` becomes a Uint8Array again. */
function bytesReviver(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const record = value as Record<string, unknown>
  const encoded = record[WIRE_BYTES_KEY]
  if (typeof encoded !== 'string' || Object.keys(record).length !== 1) return value
  const binary = atob(encoded)
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

function bytesReplacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key]
  return original instanceof Uint8Array ? { [WIRE_BYTES_KEY]: bytesToBase64(original) } : value
}

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64
  if (typeof native === 'function') return native.call(bytes)
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}
