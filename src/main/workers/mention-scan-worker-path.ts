// Where the mention scan worker's script is. electron-vite builds the worker
// as its own file and gives its path (the `?modulePath` import). Run from
// TypeScript sources (Vitest), there is no built file: a small bootstrap runs
// the same worker through a TypeScript loader.
/// <reference types="electron-vite/node" />
import { join } from 'node:path'
import builtWorker from './mention-scan-worker?modulePath'

export function mentionScanWorkerScript(): string {
  if (typeof builtWorker === 'string' && builtWorker.endsWith('.js')) return builtWorker
  if (__filename.endsWith('.ts')) return join(__dirname, 'mention-scan-worker-from-source.mjs')
  throw new Error('The mention scan worker is missing from this build. Rebuild Weft with "npm run build".')
}
