// A small Bloom filter of the name keys a text holds: made while a source is
// scanned, stored with its scan record, and asked later whether a new alias
// could occur in that source at all. It never says no to a source that has
// the alias, so a new alias is looked for only where it may be, not in every
// source of the library.

/** Bump whenever name normalisation changes what a key is: stored signatures then count as missing. */
export const NAME_SIGNATURE_VERSION = 1
const HEADER_BYTES = 4
const BITS_BYTES = 1024
const BIT_MASK = BITS_BYTES * 8 - 1
export const NAME_SIGNATURE_BYTES = HEADER_BYTES + BITS_BYTES

/** FNV-1a over a key's code units, the hash a signature is built and asked with. */
export function nameKeyHash(key: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < key.length; index += 1)
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193)
  return hash
}

/** The second hash of double hashing: three bit positions per key from one hash. */
function step(hash: number): number {
  return Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) | 1
}

export class NameSignature {
  readonly bytes = new Uint8Array(NAME_SIGNATURE_BYTES)

  constructor() {
    this.bytes[0] = NAME_SIGNATURE_VERSION
  }

  add(hash: number): void {
    const second = step(hash)
    for (let k = 0, bit = hash; k < 3; k += 1, bit = (bit + second) | 0) {
      this.bytes[HEADER_BYTES + ((bit & BIT_MASK) >>> 3)]! |= 1 << (bit & 7)
    }
  }
}

/** Whether a stored signature was made by this version of the name rules. */
export function isCurrentSignature(bytes: Uint8Array | null | undefined): bytes is Uint8Array {
  return (
    bytes !== null &&
    bytes !== undefined &&
    bytes.length === NAME_SIGNATURE_BYTES &&
    bytes[0] === NAME_SIGNATURE_VERSION
  )
}

/** False only when the text certainly has none of the key; true when it may. */
export function signatureMayHave(bytes: Uint8Array, hash: number): boolean {
  const second = step(hash)
  for (let k = 0, bit = hash; k < 3; k += 1, bit = (bit + second) | 0) {
    if ((bytes[HEADER_BYTES + ((bit & BIT_MASK) >>> 3)]! & (1 << (bit & 7))) === 0) return false
  }
  return true
}
