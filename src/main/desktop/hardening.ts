// Electron's security checklist, applied to every web contents and session:
// no navigation, no new windows, no webviews, no permissions, no network.
import { app, session, type WebContents } from 'electron'
import { APP_ORIGIN } from './app-protocol'
import { configureSpellcheck } from './spellcheck'

/** The dev server's origin when running `electron-vite dev`, else undefined. */
export function devServerOrigin(): string | undefined {
  const url = process.env.ELECTRON_RENDERER_URL
  return url && !app.isPackaged ? new URL(url).origin : undefined
}

export function isTrustedRendererUrl(url: string | undefined): boolean {
  if (!url) return false
  const devOrigin = devServerOrigin()
  return url.startsWith(`${APP_ORIGIN}/`) || (devOrigin !== undefined && url.startsWith(`${devOrigin}/`))
}

export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

/** Weft works offline: every request that is not the app's own files is cancelled. */
export function hardenSession(): void {
  const devOrigin = devServerOrigin()
  const ses = session.defaultSession
  // Only the Weft window may read the clipboard (Paste as new source); nothing else is granted.
  ses.setPermissionRequestHandler((contents, permission, callback) =>
    callback(permission === 'clipboard-read' && isTrustedRendererUrl(contents.getURL())),
  )
  ses.setPermissionCheckHandler(
    (contents, permission) => permission === 'clipboard-read' && isTrustedRendererUrl(contents?.getURL()),
  )
  ses.setDevicePermissionHandler(() => false)
  // Dictionary downloads are the browser process's own requests, not a page's: the filter below
  // cannot be relied on to stop them, so they must never start.
  configureSpellcheck(ses)
  ses.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url
    const allowed =
      url.startsWith(`${APP_ORIGIN}/`) ||
      url.startsWith('devtools:') ||
      url.startsWith('data:') ||
      url.startsWith('blob:') ||
      (devOrigin !== undefined &&
        (url.startsWith(devOrigin) || url.startsWith(devOrigin.replace(/^http/, 'ws'))))
    callback({ cancel: !allowed })
  })
}
