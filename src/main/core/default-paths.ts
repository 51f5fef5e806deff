// Where the desktop app keeps its data, computed the way Electron's
// app.getPath('userData') does, so the CLI finds the same default library
// without loading Electron.
import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Weft'
export const DEFAULT_LIBRARY_FILE = 'Library.weft'

export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}

/** `--library` wins, then $WEFT_LIBRARY, then the desktop app's default library. */
export function resolveLibraryPath(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (explicit) return explicit
  if (env.WEFT_LIBRARY) return env.WEFT_LIBRARY
  return join(userDataFolder(env), DEFAULT_LIBRARY_FILE)
}
