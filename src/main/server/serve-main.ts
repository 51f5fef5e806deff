// Entry point of `npm run serve -- --library FILE [--port N]`.
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { resolveLibraryPath } from '../core/default-paths'
import { buildHandlerTable } from '../core/handler-table'
import { isWeftError } from '../core/weft-error'
import { WeftCore } from '../core/weft-core'
import { startWebShell } from './web-shell'
import { warmUpSharedDocumentReader } from '../workers/document-reader'

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { library: { type: 'string' }, port: { type: 'string' } },
  })
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535`)
  const core = await WeftCore.open(resolveLibraryPath(values.library), 'web-shell', { create: true })
  const shell = await startWebShell({
    handlers: buildHandlerTable(core),
    events: core.events,
    rendererDir: join(__dirname, '..', 'renderer'),
    port,
  })
  // Load the HTML reader (jsdom) now, not on the first paste or import.
  warmUpSharedDocumentReader()
  process.stdout.write(`Weft web shell for ${core.current.path}\n${shell.url}\n`)
  const stop = (): void => {
    void shell.close().then(() => {
      core.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`weft serve: ${isWeftError(error) ? error.message : String(error)}\n`)
  process.exit(1)
})
