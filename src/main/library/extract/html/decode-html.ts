// Turns a saved web page's bytes into a string the way a browser would pick
// the encoding: byte-order mark, then <meta charset>, then UTF-8 if it is
// valid, else windows-1252 (what browsers assume for unlabelled old pages).
import { WeftError } from '../../../core/weft-error'
import { canonicaliseText } from '../decode-text'

const PRESCAN_BYTES = 4096

export function decodeHtml(bytes: Uint8Array, fileName: string): string {
  if (bytes.byteLength === 0) {
    throw new WeftError('empty_file', `${fileName} is empty (0 bytes): there is nothing to import.`)
  }
  return canonicaliseText(decodeWith(encodingOf(bytes), bytes))
}

function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  const declared = declaredCharset(new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)))
  if (declared) return declared
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return 'utf-8'
  } catch {
    return 'windows-1252'
  }
}

function declaredCharset(head: string): string | undefined {
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)
  const label = match?.[1]?.toLowerCase()
  if (!label) return undefined
  // A page that claims UTF-16 in ASCII markup cannot be UTF-16 (browsers read it as UTF-8).
  if (label.startsWith('utf-16')) return 'utf-8'
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined // an unknown label: fall back to sniffing
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  // Browsers show a page with a few bad bytes rather than refusing it; so do we.
  return new TextDecoder(encoding).decode(bytes)
}
