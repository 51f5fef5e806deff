// Runs the extraction worker straight from its TypeScript source, for tests
// (Vitest does not build out/main). Production never loads this file: it runs
// the bundled out/main/extract-worker.js (see ../worker-file.ts).
import { register } from 'node:module'

register('./typescript-loader.mjs', import.meta.url)
await import('../extract-worker.ts')
