// JSON for the web shell's HTTP transport: bytes travel as base64 under a
// marker key, so calls that carry files work the same as over IPC.
import { WIRE_BYTES_KEY } from '@shared/contract'

export function parseWireJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as Record<string, unknown>
      const encoded = record[WIRE_BYTES_KEY]
      if (typeof encoded === 'string' && Object.keys(record).length === 1) {
        return new Uint8Array(Buffer.from(encoded, 'base64'))
      }
    }
    return value
  })
}

export function stringifyWireJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, converted: unknown) {
    const original = this[key]
    if (original instanceof Uint8Array) {
      return {
        [WIRE_BYTES_KEY]: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString(
          'base64',
        ),
      }
    }
    return converted
  })
}
