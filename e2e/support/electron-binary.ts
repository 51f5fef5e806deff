// Whether an Electron binary is present, without triggering the download that
// `require('electron')` attempts when it is missing.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export function electronExecutable(): string | undefined {
  if (process.env.WEFT_E2E_SHELL === 'web') return undefined
  const electronDir = join(__dirname, '..', '..', 'node_modules', 'electron')
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const executable = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(executable) ? executable : undefined
}
