// Reads a library file's SQLite header without opening it, so a file that is
// not ours, or is from a newer Weft, is refused before anything can touch it.
import { closeSync, openSync, readSync } from 'node:fs'

const SQLITE_MAGIC = 'SQLite format 3\u0000'
/** 'Weft' in ASCII, stored in PRAGMA application_id. */
export const WEFT_APPLICATION_ID = 0x57656674

export interface LibraryHeader {
  isSqlite: boolean
  userVersion: number
  applicationId: number
  /** Size of the file in bytes as read (0 for an empty file). */
  length: number
}

export function readLibraryHeader(path: string): LibraryHeader {
  const header = Buffer.alloc(100)
  const fd = openSync(path, 'r')
  let length: number
  try {
    length = readSync(fd, header, 0, 100, 0)
  } finally {
    closeSync(fd)
  }
  const isSqlite = length >= 100 && header.toString('latin1', 0, 16) === SQLITE_MAGIC
  return {
    isSqlite,
    length,
    userVersion: isSqlite ? header.readUInt32BE(60) : 0,
    applicationId: isSqlite ? header.readUInt32BE(68) : 0,
  }
}
