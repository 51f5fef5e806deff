// Entry point of the `weft` command (bin/weft.js loads the built copy).
import { processIo } from './cli-io'
import { runCli } from './run-cli'

// `weft search x | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`weft: ${String(error)}\n`)
    process.exitCode = 1
  },
)
