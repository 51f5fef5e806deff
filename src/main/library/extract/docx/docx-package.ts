// Opens a DOCX package safely: the ZIP directory is judged before anything is
// unpacked (entry count, declared sizes, compression ratios), and only the
// XML parts are inflated, each stopped the moment it outgrows what it declared.
import { Inflate } from 'fflate'
import { formatBytes } from '@shared/limits'
import { WeftError } from '../../../core/weft-error'
import {
  entryDataOffset,
  isZip64Entry,
  readEndOfDirectory,
  readZipDirectory,
  ZipFormatError,
  type ZipEntry,
} from './zip-directory'

const MB = 1024 * 1024

export const DOCX_LIMITS = {
  /** A Word document has a few dozen parts; thousands means something else. */
  maxEntries: 2000,
  /** All parts together, as declared, pictures included. */
  maxDeclaredBytes: 1024 * MB,
  /** One XML part once unpacked (word/document.xml of a 1,000-page book is ~30 MB). */
  maxPartBytes: 128 * MB,
  /** XML compresses about 10:1; a ratio past this on a large part is a bomb. */
  maxRatio: 200,
  ratioCheckedAbove: 1 * MB,
}

const INFLATE_CHUNK = 16 * 1024
const STORED = 0
const DEFLATED = 8

/** The package's XML parts, unpacked: name → bytes. */
export function openDocxPackage(bytes: Uint8Array, fileName: string): Map<string, Uint8Array> {
  try {
    const entries = checkedEntries(bytes, fileName)
    assertWordPackage(entries, fileName)
    const parts = new Map<string, Uint8Array>()
    for (const entry of entries) {
      if (/\.(xml|rels)$/i.test(entry.name)) parts.set(entry.name, inflateEntry(bytes, entry, fileName))
    }
    return parts
  } catch (error) {
    if (error instanceof ZipFormatError) {
      throw new WeftError(
        'unsupported_type',
        `${fileName} is damaged or incomplete: it ${error.message}. It may not have finished downloading; download it again or save it again from Word.`,
      )
    }
    throw error
  }
}

function checkedEntries(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const { entryCount } = readEndOfDirectory(bytes)
  if (entryCount > DOCX_LIMITS.maxEntries) {
    throw new WeftError(
      'too_large',
      `${fileName} holds ${entryCount.toLocaleString('en')} parts, where a Word document has a few dozen; Weft refuses it without unpacking it. If it is a real document, open it in Word and save it again.`,
    )
  }
  const { entries } = readZipDirectory(bytes, DOCX_LIMITS.maxEntries)
  const declared = entries.reduce((total, entry) => total + entry.uncompressedSize, 0)
  if (entries.some(isZip64Entry) || declared > DOCX_LIMITS.maxDeclaredBytes) {
    throw bomb(
      fileName,
      `its parts declare ${entries.some(isZip64Entry) ? 'more than 4 GB' : formatBytes(declared)} once unpacked, from a ${formatBytes(bytes.length)} file`,
    )
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1)
    if (entry.uncompressedSize > DOCX_LIMITS.ratioCheckedAbove && ratio > DOCX_LIMITS.maxRatio) {
      throw bomb(
        fileName,
        `its part ${entry.name} would grow ${Math.round(ratio).toLocaleString('en')}-fold when unpacked`,
      )
    }
  }
  return entries
}

function bomb(fileName: string, why: string): WeftError {
  return new WeftError(
    'too_large',
    `${fileName} looks like a "zip bomb": ${why}. Weft refused it without unpacking it. If it is a real document, open it in Word and save it again.`,
  )
}

function assertWordPackage(entries: ZipEntry[], fileName: string): void {
  const has = (pattern: RegExp) => entries.some((entry) => pattern.test(entry.name))
  if (has(/^word\/[^/]+\.xml$/i) && has(/^\[Content_Types\]\.xml$/)) return
  const what = has(/^xl\//)
    ? 'an Excel workbook'
    : has(/^ppt\//)
      ? 'a PowerPoint presentation'
      : has(/^META-INF\/container\.xml$/)
        ? 'an EPUB book'
        : has(/^content\.xml$/) && has(/^mimetype$/)
          ? 'an OpenDocument file'
          : 'a ZIP archive'
  throw new WeftError(
    'unsupported_type',
    `${fileName} is ${what}, not a Word document. Weft imports .docx, PDF, web pages and text; unpack or convert it and import what is inside.`,
  )
}

function inflateEntry(bytes: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  if (entry.flags & 0x1) {
    throw new WeftError(
      'unsupported_type',
      `${fileName} is encrypted (protected by a password). Open it in Word, save a copy without the password, and import that.`,
    )
  }
  if (entry.uncompressedSize > DOCX_LIMITS.maxPartBytes) {
    throw bomb(fileName, `its part ${entry.name} declares ${formatBytes(entry.uncompressedSize)} of XML`)
  }
  const start = entryDataOffset(bytes, entry)
  const data = bytes.subarray(start, start + entry.compressedSize)
  if (entry.method === STORED) return data
  if (entry.method !== DEFLATED) {
    throw new WeftError(
      'unsupported_type',
      `${fileName} uses a compression method Weft does not read (${entry.method}). Save it again from Word and import that.`,
    )
  }
  return inflateBounded(data, entry, fileName)
}

/** Inflates in small steps and stops as soon as the output passes the size the entry declared. */
function inflateBounded(data: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  const chunks: Uint8Array[] = []
  let produced = 0
  const inflater = new Inflate((chunk) => {
    produced += chunk.length
    if (produced > entry.uncompressedSize) {
      throw bomb(
        fileName,
        `its part ${entry.name} unpacks to more than the ${formatBytes(entry.uncompressedSize)} it declares`,
      )
    }
    chunks.push(chunk)
  })
  try {
    for (let offset = 0; offset < data.length; offset += INFLATE_CHUNK) {
      const end = Math.min(offset + INFLATE_CHUNK, data.length)
      inflater.push(data.subarray(offset, end), end === data.length)
    }
  } catch (error) {
    if (error instanceof WeftError) throw error
    throw new ZipFormatError(`has a damaged part (${entry.name})`)
  }
  if (produced !== entry.uncompressedSize) throw new ZipFormatError(`has a damaged part (${entry.name})`)
  const out = new Uint8Array(produced)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
