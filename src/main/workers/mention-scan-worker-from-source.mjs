// Runs the mention scan worker straight from its TypeScript source, for tests
// (Vitest does not build out/main). Production never loads this file: it runs
// the worker electron-vite builds (see mention-scan-worker-path.ts). The
// TypeScript loader is the one the extraction worker uses from source.
import { register } from 'node:module'

register('./source-run/typescript-loader.mjs', import.meta.url)
await import('./mention-scan-worker.ts')
