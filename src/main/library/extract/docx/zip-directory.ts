// Reads a ZIP file's central directory (names, sizes, methods, offsets)
// without inflating a byte, so a package can be judged before it is opened.
export interface ZipEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  /** As declared by the archive: a zip bomb lies here or declares something huge. */
  uncompressedSize: number
  localHeaderOffset: number
}

export interface ZipDirectory {
  /** As the end record declares it, before any entry is read. */
  declaredEntryCount: number
  entries: ZipEntry[]
}

export class ZipFormatError extends Error {}

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const END_RECORD_SIZE = 22
const MAX_COMMENT = 0xffff
/** ZIP64 marks sizes and counts it moved elsewhere with all-ones values. */
const ZIP64_MARK_16 = 0xffff
const ZIP64_MARK_32 = 0xffffffff

/** The end record alone: how many entries the archive claims, before reading them. */
export function readEndOfDirectory(bytes: Uint8Array): { entryCount: number; size: number; offset: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT)
  for (let at = bytes.length - END_RECORD_SIZE; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue
    const disk = view.getUint16(at + 4, true)
    const directoryDisk = view.getUint16(at + 6, true)
    if (disk !== 0 || directoryDisk !== 0) throw new ZipFormatError('spans several disks')
    return {
      entryCount: view.getUint16(at + 10, true),
      size: view.getUint32(at + 12, true),
      offset: view.getUint32(at + 16, true),
    }
  }
  throw new ZipFormatError('has no ZIP directory at its end')
}

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const end = readEndOfDirectory(bytes)
  const directory: ZipDirectory = { declaredEntryCount: end.entryCount, entries: [] }
  // Too many entries (or a ZIP64 count) is refused by the caller without reading them.
  if (end.entryCount > maxEntries || end.entryCount === ZIP64_MARK_16) return directory
  if (end.offset === ZIP64_MARK_32 || end.offset + end.size > bytes.length) {
    throw new ZipFormatError('has a directory that points past the end of the file')
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const utf8 = new TextDecoder('utf-8')
  const latin1 = new TextDecoder('latin1')
  let at = end.offset
  for (let index = 0; index < end.entryCount; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw new ZipFormatError('has a damaged directory')
    }
    const flags = view.getUint16(at + 8, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength)
    directory.entries.push({
      // Bit 11 says the name is UTF-8; older tools wrote code page 437, close enough to Latin-1 for names.
      name: (flags & 0x800 ? utf8 : latin1).decode(nameBytes),
      method: view.getUint16(at + 10, true),
      flags,
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return directory
}

/** Whether an entry's sizes were moved to a ZIP64 record (4 GB or more, or so it claims). */
export function isZip64Entry(entry: ZipEntry): boolean {
  return (
    entry.compressedSize === ZIP64_MARK_32 ||
    entry.uncompressedSize === ZIP64_MARK_32 ||
    entry.localHeaderOffset === ZIP64_MARK_32
  )
}

/** Where an entry's compressed bytes start, read from its local header. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localHeaderOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw new ZipFormatError(`is damaged: the part ${entry.name} is missing`)
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  if (start + entry.compressedSize > bytes.length) {
    throw new ZipFormatError(`is incomplete: the part ${entry.name} is cut off`)
  }
  return start
}
