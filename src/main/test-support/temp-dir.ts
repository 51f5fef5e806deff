// A scratch folder per test, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

export function useTempDir(): () => string {
  let dir: string | undefined
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
    dir = undefined
  })
  return () => {
    dir ??= mkdtempSync(join(tmpdir(), 'weft-test-'))
    return dir
  }
}
