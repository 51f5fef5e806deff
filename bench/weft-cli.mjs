// Runs the built `weft` CLI (out/main/cli.js) as a child process and times it.
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { trackChild } from './cleanup.mjs'
import { CLI_JS } from './paths.mjs'

/**
 * Runs `node out/main/cli.js --library <library> ...args`. Resolves with the
 * exit code, the wall time in ms from spawn to exit, and stderr's last lines.
 * Stdout (one line per file for an import) is read and dropped.
 */
export function runWeft(library, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = trackChild(
      spawn(process.execPath, [CLI_JS, '--library', library, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }),
    )
    let stdoutLines = 0
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      for (const byte of chunk) if (byte === 10) stdoutLines += 1
    })
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000)
    })
    child.once('error', reject)
    child.once('close', (code) => {
      resolve({ code, ms: performance.now() - started, stdoutLines, stderr: stderr.trim() })
    })
  })
}

/** Like runWeft, but throws with the CLI's own message when it exits non-zero. */
export async function runWeftChecked(library, args) {
  const result = await runWeft(library, args)
  if (result.code !== 0) throw new Error(`weft ${args.join(' ')} exited ${result.code}: ${result.stderr}`)
  return result
}
