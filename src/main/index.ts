// The desktop app's entry: hardens Electron, opens the default (or last)
// library, binds the contract to IPC and shows the window. Only this file and
// src/main/desktop/ import `electron`.
import { app, BrowserWindow, dialog } from 'electron'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_LIBRARY_FILE } from './core/default-paths'
import { buildHandlerTable } from './core/handler-table'
import { isWeftError } from './core/weft-error'
import { WeftCore } from './core/weft-core'
import { installAppMenu } from './desktop/app-menu'
import { registerAppScheme, serveRendererFrom } from './desktop/app-protocol'
import { hardenSession, hardenWebContents } from './desktop/hardening'
import { bindCalls, forwardEvents } from './desktop/ipc-bridge'
import { LibraryActions } from './desktop/library-actions'
import { createMainWindow } from './desktop/main-window'
import { electronSqliteBinding } from './desktop/native-binding'
import { RecentLibraries } from './desktop/recent-libraries'

// Tests give each run its own data folder.
if (process.env.WEFT_USER_DATA) app.setPath('userData', process.env.WEFT_USER_DATA)

registerAppScheme()
hardenWebContents()

if (!app.requestSingleInstanceLock()) app.quit()

let mainWindow: BrowserWindow | undefined
// A .weft file the system asked us to open (double-click, "Open with"), before or after start.
let requestedLibrary = libraryInArguments(process.argv)
let openRequested: ((path: string) => void) | undefined

app.on('open-file', (event, path) => {
  event.preventDefault()
  if (openRequested) openRequested(path)
  else requestedLibrary = path
})

function libraryInArguments(argv: string[]): string | undefined {
  return argv.slice(1).find((arg) => arg.toLowerCase().endsWith('.weft') && existsSync(arg))
}

async function start(): Promise<void> {
  hardenSession()
  serveRendererFrom(join(__dirname, '../renderer'))
  const libraryPath =
    process.env.WEFT_LIBRARY || requestedLibrary || join(app.getPath('userData'), DEFAULT_LIBRARY_FILE)
  const core = await WeftCore.open(libraryPath, 'desktop', {
    create: true,
    nativeBinding: electronSqliteBinding(),
  })
  const recent = new RecentLibraries(app.getPath('userData'))
  recent.remember(libraryPath)

  const windowTitle = (): string => `${core.current.info().fileName.replace(/\.weft$/, '')} — Weft`
  const refresh = (): void => {
    mainWindow?.setTitle(windowTitle())
    menu()
  }
  const actions = new LibraryActions(core, recent, refresh)
  const menu = (): void =>
    installAppMenu({
      actions,
      recent,
      events: core.events,
      window: () => mainWindow,
      libraryPath: () => core.current.path,
    })

  bindCalls(buildHandlerTable(core))
  forwardEvents(core.events, () => mainWindow)
  menu()
  mainWindow = createMainWindow(windowTitle())
  mainWindow.on('closed', () => (mainWindow = undefined))

  openRequested = (path) => void actions.open(path, false)
  app.on('second-instance', (_event, argv) => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
    const path = libraryInArguments(argv)
    if (path) openRequested?.(path)
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      mainWindow = createMainWindow(windowTitle())
      mainWindow.on('closed', () => (mainWindow = undefined))
    }
  })
  app.on('will-quit', () => core.close())
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.whenReady().then(start, fail).catch(fail)

function fail(error: unknown): void {
  const message = isWeftError(error)
    ? error.message
    : error instanceof Error
      ? (error.stack ?? error.message)
      : String(error)
  dialog.showErrorBox('Weft could not start', message)
  app.exit(1)
}
