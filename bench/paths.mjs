// Where the built app and the bench's output live.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
/** The build to measure: WEFT_OUT_DIR when set (a side-by-side build, as for the e2e tests), else out/. */
export const OUT_DIR = join(ROOT, process.env.WEFT_OUT_DIR ?? 'out')
export const CLI_JS = join(OUT_DIR, 'main', 'cli.js')
export const SERVE_JS = join(OUT_DIR, 'main', 'serve.js')
export const RENDERER_DIR = join(OUT_DIR, 'renderer')
export const RESULTS_JSON = join(ROOT, '.bench', 'latest.json')

/** Stops early with a clear message when the app has not been built. */
export function assertBuilt() {
  const missing = [CLI_JS, SERVE_JS, join(RENDERER_DIR, 'index.html')].filter((path) => !existsSync(path))
  if (missing.length > 0) {
    throw new Error(
      `not built: ${missing.join(', ')} missing. Run "npx electron-vite build" (or "npm run bench").`,
    )
  }
}
