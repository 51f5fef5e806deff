import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { WIRE_BYTES_KEY } from '@shared/contract'
import { buildHandlerTable } from '../core/handler-table'
import { WeftCore } from '../core/weft-core'
import { useTempDir } from '../test-support/temp-dir'
import { startWebShell, type WebShell } from './web-shell'

const tempDir = useTempDir()
let shell: WebShell | undefined
let core: WeftCore | undefined

afterEach(async () => {
  await shell?.close()
  core?.close()
  shell = undefined
  core = undefined
})

async function start(): Promise<WebShell> {
  const rendererDir = join(tempDir(), 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Weft</title>')
  writeFileSync(join(tempDir(), 'secret.txt'), 'outside the renderer folder')
  core = await WeftCore.open(join(tempDir(), 'lib.weft'), 'web-shell', { create: true })
  shell = await startWebShell({ handlers: buildHandlerTable(core), events: core.events, rendererDir })
  return shell
}

/** Raw HTTP so the Host header can be anything (fetch does not allow setting it). */
function rawRequest(
  port: number,
  path: string,
  headers: Record<string, string>,
  method = 'GET',
  body?: string,
) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }))
      })
      req.on('error', reject)
      req.end(body)
    },
  )
}

describe('web shell', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token', async () => {
    const { url, token, port } = await start()
    expect(url).toBe(`http://127.0.0.1:${port}/?token=${token}`)
    expect(token.length).toBeGreaterThanOrEqual(32)
  })

  it('serves the renderer with a strict CSP, and nothing outside its folder', async () => {
    const { port } = await start()
    const page = await rawRequest(port, '/', { Host: `127.0.0.1:${port}` })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self';/)
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-eval/)
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const escaped = await rawRequest(port, path, { Host: `127.0.0.1:${port}` })
      expect(escaped.body).not.toContain('outside the renderer folder')
    }
  })

  it('refuses a foreign Host header (DNS rebinding) and a missing or wrong token', async () => {
    const { port, token } = await start()
    expect((await rawRequest(port, '/', { Host: 'attacker.example' })).status).toBe(421)
    const call = (auth: string) =>
      rawRequest(
        port,
        '/api/call/sources:list',
        { Host: `127.0.0.1:${port}`, Authorization: auth },
        'POST',
        '{}',
      )
    expect((await call('')).status).toBe(401)
    expect((await call('Bearer wrong')).status).toBe(401)
    expect((await call(`Bearer ${token}`)).status).toBe(200)
    const crossOrigin = await rawRequest(
      port,
      '/api/call/sources:list',
      { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}`, Origin: 'https://evil.example' },
      'POST',
      '{}',
    )
    expect(crossOrigin.status).toBe(403)
  })

  it('answers calls with the result envelope, carrying bytes as base64, and streams events', async () => {
    const { port, token } = await start()
    const base = `http://127.0.0.1:${port}`
    const events = await fetch(`${base}/api/events?token=${token}`)
    const reader = events.body!.getReader()

    const data = Buffer.from('Pasted headline\n\nPasted body.').toString('base64')
    const response = await fetch(`${base}/api/call/sources:importFiles`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: JSON.stringify({ files: [{ name: 'p.txt', data: { [WIRE_BYTES_KEY]: data } }] }),
    })
    const result = (await response.json()) as { ok: boolean; value: { imported: number } }
    expect(result).toMatchObject({ ok: true, value: { imported: 1 } })

    let stream = ''
    while (!stream.includes('event: sources:changed')) {
      const { value, done } = await reader.read()
      if (done) break
      stream += new TextDecoder().decode(value)
    }
    expect(stream).toContain('event: sources:changed\ndata: {"count":1}')
    await reader.cancel()

    const invalid = await fetch(`${base}/api/call/sources:get`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: JSON.stringify({ id: -1 }),
    })
    expect(await invalid.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})
