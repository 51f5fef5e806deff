// Where the extraction worker's script is. Built, it is out/main/extract-worker.js
// (an electron-vite entry) beside this bundle or one folder up (shared code
// lands in out/main/chunks). From TypeScript source, as under Vitest, a small
// bootstrap runs the same worker through a TypeScript loader.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export function defaultExtractWorkerFile(): string {
  if (__filename.endsWith('.ts')) return join(__dirname, 'source-run', 'extract-worker-from-source.mjs')
  const candidates = [join(__dirname, 'extract-worker.js'), join(__dirname, '..', 'extract-worker.js')]
  const found = candidates.find((path) => existsSync(path))
  if (!found) {
    throw new Error(
      `The extraction worker is missing (looked for ${candidates.join(' and ')}). Rebuild Weft with "npm run build".`,
    )
  }
  return found
}
