import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ExtractionPool } from './extraction-pool'
import { defaultExtractWorkerFile } from './worker-file'

const SCRIPTED = join(__dirname, 'test-workers', 'scripted-worker.mjs')
const encode = (text: string) => new TextEncoder().encode(text)
const pools: ExtractionPool[] = []
const pool = (options: Partial<ConstructorParameters<typeof ExtractionPool>[0]> = {}) => {
  const created = new ExtractionPool({ workerFile: SCRIPTED, size: 2, timeLimitMs: 2_000, ...options })
  pools.push(created)
  return created
}
const read = (target: ExtractionPool, fileName: string, signal?: AbortSignal) =>
  target.read({ fileName, bytes: encode(fileName) }, signal).then(
    (document) => ({ ok: document.title }),
    (error: { code: string; message: string }) => ({ code: error.code, message: error.message }),
  )

afterEach(async () => {
  await Promise.all(pools.splice(0).map((created) => created.close()))
})

describe('ExtractionPool with the real extraction worker', () => {
  it('reads text, Markdown and HTML off the main thread', async () => {
    const real = pool({ workerFile: defaultExtractWorkerFile(), timeLimitMs: 30_000 })
    const [text, markdown, html] = await Promise.all([
      real.read({ fileName: 'a.txt', bytes: encode('Headline\n\nBody.') }),
      real.read({ fileName: 'b.md', bytes: encode('# Markdown title\n\nText.') }),
      real.read({
        fileName: 'c.html',
        bytes: encode('<html lang="en"><title>Page</title><body><h1>Page</h1><p>Para.</p></body></html>'),
      }),
    ])
    expect(text.title).toBe('Headline')
    expect(markdown.mediaType).toBe('text/markdown')
    expect(html).toMatchObject({ title: 'Page', language: 'en', kind: 'article', mediaType: 'text/html' })
    expect(real.workerCount).toBeLessThanOrEqual(2)
  })

  it('warms up one worker, which then reads the first page', async () => {
    const real = pool({ workerFile: defaultExtractWorkerFile(), timeLimitMs: 30_000, idleTimeoutMs: 60_000 })
    real.warmUp()
    real.warmUp() // once is enough
    expect(real.workerCount).toBe(1)
    const page = await real.read({ fileName: 'p.html', bytes: encode('<title>Warm</title><p>Text.</p>') })
    expect(page.title).toBe('Warm')
    expect(real.workerCount).toBe(1)
  })

  it('carries refusals across the thread as they were raised', async () => {
    const real = pool({ workerFile: defaultExtractWorkerFile(), timeLimitMs: 30_000 })
    await expect(real.read({ fileName: 'empty.txt', bytes: new Uint8Array() })).rejects.toMatchObject({
      code: 'empty_file',
      message: 'empty.txt is empty (0 bytes): there is nothing to import.',
    })
  })
})

describe('ExtractionPool failure handling', () => {
  it('times out a hung file, replaces its worker, and goes on with the rest', async () => {
    const scripted = pool({ size: 1, timeLimitMs: 300 })
    const results = await Promise.all(['one.txt', 'hang.txt', 'two.txt'].map((name) => read(scripted, name)))
    expect(results).toEqual([
      { ok: 'one.txt' },
      { code: 'too_large', message: expect.stringContaining('hang.txt took too long to read') },
      { ok: 'two.txt' },
    ])
  })

  it('gives loading a reader its own, separate limit', async () => {
    const scripted = pool({ size: 1, timeLimitMs: 5_000, loadLimitMs: 200 })
    expect(await read(scripted, 'stuck-loading.pdf')).toEqual({
      code: 'internal',
      message: expect.stringContaining("Weft's reader for stuck-loading.pdf did not start within 0.2 s"),
    })
    expect(await read(scripted, 'next.txt')).toEqual({ ok: 'next.txt' })
  })

  it('survives a worker that exits, throws or runs out of memory, and names the file each time', async () => {
    const scripted = pool({ size: 2, maxMemoryMb: 64 })
    const results = await Promise.all(
      ['crash.txt', 'throw.txt', 'memory.txt', 'fine.txt'].map((name) => read(scripted, name)),
    )
    expect(results[0]).toMatchObject({
      code: 'internal',
      message: expect.stringContaining('while reading crash.txt'),
    })
    expect(results[1]).toMatchObject({
      message: expect.stringContaining('while reading throw.txt (parser bug)'),
    })
    expect(results[2]).toMatchObject({
      code: 'too_large',
      message: expect.stringContaining('memory.txt needs more memory to read than Weft allows (64 MB)'),
    })
    expect(results[3]).toEqual({ ok: 'fine.txt' })
  })

  it('cancels waiting and running files through an AbortSignal', async () => {
    const scripted = pool({ size: 1, timeLimitMs: 5_000 })
    const controller = new AbortController()
    const running = read(scripted, 'hang-forever.txt', controller.signal)
    const waiting = read(scripted, 'waiting.txt', controller.signal)
    const unaffected = read(scripted, 'other.txt')
    await new Promise((resolve) => setTimeout(resolve, 200))
    controller.abort()
    expect(await running).toEqual({ code: 'cancelled', message: 'Import cancelled.' })
    expect(await waiting).toEqual({ code: 'cancelled', message: 'Import cancelled.' })
    expect(await unaffected).toEqual({ ok: 'other.txt' })
    expect(await read(scripted, 'later.txt', controller.signal)).toMatchObject({ code: 'cancelled' })
  })

  it('runs at most `size` workers and lets idle ones go', async () => {
    const scripted = pool({ size: 2, idleTimeoutMs: 100 })
    const names = Array.from({ length: 6 }, (_, index) => `slow-${index}.txt`)
    const reads = Promise.all(names.map((name) => read(scripted, name)))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(scripted.workerCount).toBe(2)
    expect(await reads).toEqual(names.map((name) => ({ ok: name })))
    await expect.poll(() => scripted.workerCount).toBe(0)
  })
})
