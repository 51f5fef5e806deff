// Expands the paths given to an import into the files to read: folders are
// walked recursively, hidden files skipped, missing paths reported.
import { lstat, readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'

export interface ExpandedPaths {
  files: string[]
  missing: string[]
}

export async function expandImportPaths(paths: string[]): Promise<ExpandedPaths> {
  const files: string[] = []
  const missing: string[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined)
    if (!info) missing.push(path)
    else if (info.isDirectory()) await walk(path, files)
    else files.push(path)
  }
  return { files, missing }
}

async function walk(folder: string, into: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true })
  entries.sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) await walk(path, into)
    else if (entry.isFile()) into.push(path)
    else if (entry.isSymbolicLink()) {
      // Follow links to files, never to folders (no loops).
      const target = await stat(path).catch(() => undefined)
      if (target?.isFile() && !(await lstat(path)).isDirectory()) into.push(path)
    }
  }
}

export function displayName(path: string): string {
  return basename(path)
}
