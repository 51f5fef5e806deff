// `npm run serve -- --library FILE [--port N]`: builds once if needed, then
// starts the web shell (out/main/serve.js) with the given arguments.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const server = join(root, 'out', 'main', 'serve.js')
if (!existsSync(server) || !existsSync(join(root, 'out', 'renderer', 'index.html'))) {
  console.log('Building Weft first (electron-vite build)...')
  const build = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const run = spawnSync(process.execPath, [server, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(run.status ?? 1)
