// One place that remembers what the bench made (temp folders, child processes,
// browsers) and removes it all, on success, on error and on Ctrl-C.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const folders = new Set()
const children = new Set()
const closers = new Set()

export function makeTempFolder(prefix = 'weft-bench-') {
  const folder = mkdtempSync(join(tmpdir(), prefix))
  folders.add(folder)
  return folder
}

/** Tracks a spawned child until it exits, so cleanup can stop it by its pid. */
export function trackChild(child) {
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

/** Registers an async closer (a browser, say); returns a function that runs and forgets it. */
export function trackCloser(close) {
  closers.add(close)
  return async () => {
    closers.delete(close)
    await close()
  }
}

export async function cleanUp() {
  for (const close of [...closers]) {
    closers.delete(close)
    await Promise.resolve()
      .then(close)
      .catch(() => {})
  }
  for (const child of [...children]) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  }
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
            resolve()
          }, 3000)
          child.once('exit', () => {
            clearTimeout(timer)
            resolve()
          })
          if (child.exitCode !== null || child.signalCode !== null) {
            clearTimeout(timer)
            resolve()
          }
        }),
    ),
  )
  children.clear()
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
  folders.clear()
}

/** Cleans up and exits on Ctrl-C or SIGTERM instead of leaving things behind. */
export function cleanUpOnSignals() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      process.stderr.write(`\nbench: ${signal}, cleaning up…\n`)
      void cleanUp().finally(() => process.exit(130))
    })
  }
}
