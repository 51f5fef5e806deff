// Starts the web shell (`node out/main/serve.js --library FILE --port 0`) and
// waits for the URL, with its token, that it prints on stdout.
import { spawn } from 'node:child_process'
import { trackChild } from './cleanup.mjs'
import { SERVE_JS } from './paths.mjs'

export function startWebShell(library, { timeoutMs = 30_000 } = {}) {
  const child = trackChild(
    spawn(process.execPath, [SERVE_JS, '--library', library, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000)
  })
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return new Promise((resolve, reject) => {
    let stdout = ''
    const fail = (message) => {
      clearTimeout(timer)
      void stop().then(() => reject(new Error(`${message}${stderr ? `: ${stderr.trim()}` : ''}`)))
    }
    const timer = setTimeout(() => fail('the web shell printed no URL in time'), timeoutMs)
    child.once('error', (error) => fail(`could not start the web shell (${error.message})`))
    const onEarlyExit = (code) => fail(`the web shell exited (code ${code}) before printing its URL`)
    child.once('exit', onEarlyExit)
    child.stdout.on('data', (chunk) => {
      stdout += chunk.toString('utf8')
      const url = /^https?:\/\/\S+$/m.exec(stdout)?.[0]
      if (!url) return
      clearTimeout(timer)
      child.removeListener('exit', onEarlyExit)
      resolve({ url, stop })
    })
  })
}
