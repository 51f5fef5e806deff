// The app:// protocol: the production renderer is served from here, not
// file://, so it has a real origin the CSP and the IPC sender check can pin.
import { protocol } from 'electron'
import { readStaticFile } from '../server/static-files'
import { DESKTOP_HEADERS } from '../server/security-headers'

export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://weft`

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

export function serveRendererFrom(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (url.host !== 'weft') return new Response('Not found', { status: 404 })
    const file = await readStaticFile(rendererDir, url.pathname)
    if (!file) return new Response('Not found', { status: 404 })
    const headers = { ...DESKTOP_HEADERS, 'Content-Type': file.contentType }
    return new Response(new Uint8Array(file.body), { status: 200, headers })
  })
}
