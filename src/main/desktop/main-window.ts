// The one Weft window, created with every hardening option Electron offers.
import { BrowserWindow, nativeTheme } from 'electron'
import { join } from 'node:path'
import { APP_ORIGIN } from './app-protocol'
import { devServerOrigin } from './hardening'
import { spellcheckNeedsNoDownload } from './spellcheck'

export function createMainWindow(title: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 480,
    title,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#f7f7f5',
    autoHideMenuBar: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Off where checking would download dictionaries (spellcheck.ts).
      spellcheck: spellcheckNeedsNoDownload(process.platform),
    },
  })
  window.once('ready-to-show', () => window.show())
  const devOrigin = devServerOrigin()
  if (devOrigin && process.env.ELECTRON_RENDERER_URL) void window.loadURL(process.env.ELECTRON_RENDERER_URL)
  else void window.loadURL(`${APP_ORIGIN}/index.html`)
  return window
}
