// Entry point of the `weft` command (bin/weft.js loads the built copy).
import { processIo } from './cli-io'
import { runCli } from './run-cli'

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`weft: ${String(error)}\n`)
    process.exitCode = 1
  },
)
