// The web shell: the built renderer and the call contract over HTTP on
// 127.0.0.1 only, behind a random per-run token and a Host header check. It
// exists to test the renderer in a real browser and for development; the
// product is the desktop app.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isEventName } from '@shared/contract'
import { dispatchCall, type HandlerTable } from '../core/handler-registry'
import type { EventBus } from '../core/event-bus'
import { WEB_SHELL_HEADERS } from './security-headers'
import { readStaticFile } from './static-files'
import { parseWireJson, stringifyWireJson } from './wire-json'

export interface WebShellOptions {
  handlers: HandlerTable
  events: EventBus
  rendererDir: string
  port?: number
}

export interface WebShell {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

/** Room for a 256 MB file sent as base64 inside JSON. */
const MAX_BODY_BYTES = 360 * 1024 * 1024
const HEARTBEAT_MS = 20_000

export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const token = randomBytes(24).toString('base64url')
  const streams = new Set<ServerResponse>()
  let allowedHosts: string[] = []

  const server: Server = createServer((request, response) => {
    for (const [name, value] of Object.entries(WEB_SHELL_HEADERS)) response.setHeader(name, value)
    if (!allowedHosts.includes(request.headers.host ?? '')) return send(response, 421, 'Unknown host.')
    handle(request, response).catch((error: unknown) => {
      console.error('[weft] web shell request failed', error)
      if (!response.headersSent) send(response, 500, 'Internal error.')
      else response.end()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (url.pathname.startsWith('/api/')) {
      const origin = request.headers.origin
      if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
        return send(response, 403, 'Cross-origin requests are refused.')
      }
      const presented =
        request.headers.authorization?.replace(/^Bearer /, '') ?? url.searchParams.get('token') ?? ''
      if (!tokenMatches(presented, token)) return send(response, 401, 'Missing or wrong token.')
      if (url.pathname === '/api/events' && request.method === 'GET') return openEventStream(response)
      const call = /^\/api\/call\/([a-z][A-Za-z]*:[a-z][A-Za-z]*)$/.exec(url.pathname)
      if (call && request.method === 'POST') return answerCall(call[1]!, request, response)
      return send(response, 404, 'No such API route.')
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'Method not allowed.')
    const file = await readStaticFile(options.rendererDir, url.pathname)
    if (!file) return send(response, 404, 'Not found.')
    response.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.body.byteLength })
    response.end(request.method === 'HEAD' ? undefined : file.body)
  }

  async function answerCall(name: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request)
    if (body === undefined) return send(response, 413, 'The request is too large.')
    let input: unknown
    try {
      input = body.length === 0 ? {} : parseWireJson(body.toString('utf8'))
    } catch {
      return send(response, 400, 'The request body is not valid JSON.')
    }
    const result = await dispatchCall(options.handlers, name, input)
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' })
    response.end(stringifyWireJson(result))
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' })
    response.write(': connected\n\n')
    streams.add(response)
    response.on('close', () => streams.delete(response))
  }

  const unsubscribe = options.events.subscribe((name, payload) => {
    if (!isEventName(name)) return
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`
    for (const stream of streams) stream.write(frame)
  })
  const heartbeat = setInterval(() => {
    for (const stream of streams) stream.write(': heartbeat\n\n')
  }, HEARTBEAT_MS)
  heartbeat.unref()

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      clearInterval(heartbeat)
      unsubscribe()
      for (const stream of streams) stream.end()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
    },
  }
}

function tokenMatches(presented: string, expected: string): boolean {
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function send(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
  response.end(message)
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) {
      request.destroy()
      return undefined
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}
