// Turns a file's bytes into canonical text, or refuses it with a message that
// says why: empty, binary, or not valid UTF-8.
import { WeftError } from '../../core/weft-error'

const SNIFF_BYTES = 64 * 1024

export function decodeTextFile(bytes: Uint8Array, name: string): string {
  if (bytes.byteLength === 0)
    throw new WeftError('empty_file', `${name} is empty (0 bytes): there is nothing to import.`)
  const text = hasUtf16Bom(bytes) ? decodeUtf16(bytes) : decodeUtf8(bytes, name)
  const canonical = canonicaliseText(text)
  if (canonical.trim().length === 0) {
    throw new WeftError('empty_file', `${name} contains only blank space: there is nothing to import.`)
  }
  return canonical
}

/** One text form for everything stored: no BOM, LF line ends, Unicode NFC. */
export function canonicaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
}

function decodeUtf8(bytes: Uint8Array, name: string): string {
  if (looksBinary(bytes)) {
    throw new WeftError(
      'not_text',
      `${name} looks like a binary file, not text. Weft imports it only as text, Markdown or a supported document.`,
    )
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const offset = firstInvalidUtf8Offset(bytes)
    throw new WeftError(
      'invalid_encoding',
      `${name} is not valid UTF-8 text (first bad byte at offset ${offset.toLocaleString('en')}). Save it as UTF-8 and import it again.`,
    )
  }
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
}

function decodeUtf16(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
  return new TextDecoder(encoding).decode(bytes)
}

/** NUL bytes, or many control characters, in the first 64 KB mean binary. */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF_BYTES)
  let controls = 0
  for (let i = 0; i < length; i += 1) {
    const byte = bytes[i]!
    if (byte === 0) return true
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls += 1
  }
  return length > 0 && controls / length > 0.05
}

export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i]!
    const width =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0
    if (width === 0 || i + width > bytes.length) return i
    for (let k = 1; k < width; k += 1) {
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i
    }
    i += width
  }
  return -1
}
