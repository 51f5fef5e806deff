// Where the desktop app finds better-sqlite3 built for Electron. The Node build
// in node_modules serves tests and the CLI; scripts/electron-native.mjs builds
// this one into its own folder so neither overwrites the other.
import { app } from 'electron'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const ELECTRON_BINDING_FILE = 'better_sqlite3.node'

export function electronSqliteBinding(): string | undefined {
  const candidates = app.isPackaged
    ? [join(process.resourcesPath, 'native', ELECTRON_BINDING_FILE)]
    : [
        join(app.getAppPath(), 'native', 'electron', ELECTRON_BINDING_FILE),
        // Launched as `electron out/main/index.js` (the e2e fixture), the app path is out/main.
        join(app.getAppPath(), '..', '..', 'native', 'electron', ELECTRON_BINDING_FILE),
      ]
  return candidates.find((candidate) => existsSync(candidate))
}
