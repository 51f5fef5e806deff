import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openTestLibrary, type TestLibrary } from '../actors/test-library'
import { useTempDir } from '../test-support/temp-dir'
import { InlineScanExecutor } from './mention-scan-executor'
import { WorkerScanPool } from './mention-scan-pool'
import type { ScannedSource } from './mention-scan-protocol'
import { mentionScanWorkerScript } from './mention-scan-worker-path'

const tempDir = useTempDir()
const closers: (() => void)[] = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

const NAMES = [
  { entityId: 1, alias: 'al-Sharaa' },
  { entityId: 2, alias: 'IS', kind: 'acronym' },
  { entityId: 2, alias: 'Islamic State' },
]

async function libraryWithSources(count: number): Promise<{ lib: TestLibrary; ids: number[] }> {
  const lib = await openTestLibrary(tempDir(), { background: false })
  closers.push(() => lib.close())
  const ids = Array.from({ length: count }, (_, index) =>
    lib.addSource(
      `Report ${index}: President al-Shara met envoys; IS claimed an attack, this is what the Islamic State does. ${'Filler words. '.repeat(index % 7)}`,
    ),
  )
  return { lib, ids }
}

async function collect(
  run: (onChunk: (sources: ScannedSource[]) => void) => Promise<void>,
): Promise<Map<number, string[]>> {
  const found = new Map<number, string[]>()
  await run((sources) => {
    for (const source of sources) {
      const matches = source.matches.map((match) => `${match.entityId}:${match.exact}`)
      found.set(source.id, [...matches, `signature of ${source.signature?.length ?? 0} bytes`])
    }
  })
  return found
}

describe('mention scan worker pool', () => {
  it('scans in worker threads and finds what the inline scanner finds', async () => {
    const { lib, ids } = await libraryWithSources(150)
    const pool = new WorkerScanPool(mentionScanWorkerScript(), 2, { libraryPath: lib.library.path })
    closers.push(() => pool.dispose())
    const inline = new InlineScanExecutor(lib.library.path)
    closers.push(() => inline.dispose())
    const request = { namesKey: 'test@1', names: NAMES, sourceIds: ids, withSignatures: true }
    const fromWorkers = await collect((onChunk) => pool.scan(request, onChunk))
    const fromInline = await collect((onChunk) => inline.scan(request, onChunk))
    expect(fromWorkers.size).toBe(150)
    expect(fromWorkers).toEqual(fromInline)
    expect(fromWorkers.get(ids[0]!)).toEqual([
      '1:al-Shara',
      '2:IS',
      '2:Islamic State',
      'signature of 1028 bytes',
    ])

    // The workers keep their matcher: a second scan with the same names needs only the ids.
    const again = await collect((onChunk) =>
      pool.scan({ ...request, names: [], withSignatures: false }, onChunk),
    )
    expect(again.get(ids[0]!)).toEqual(['1:al-Shara', '2:IS', '2:Islamic State', 'signature of 0 bytes'])
  })

  it('fails a scan with a clear message when a worker cannot read the library, and stops on dispose', async () => {
    const pool = new WorkerScanPool(mentionScanWorkerScript(), 1, {
      libraryPath: join(tempDir(), 'missing.weft'),
    })
    const request = { namesKey: 'x', names: NAMES, sourceIds: [1], withSignatures: false }
    await expect(pool.scan(request, () => undefined)).rejects.toThrow(
      /Mention scan failed: .*(does not exist|unable to open)/i,
    )
    pool.dispose()
    await expect(pool.scan(request, () => undefined)).rejects.toThrow(/stopped/)
  })

  it('keeps an app library’s suggestions up to date from worker threads', async () => {
    const lib = await openTestLibrary(tempDir(), { workers: 1 })
    closers.push(() => lib.close())
    const source = lib.addSource('The Islamic State and IS, said al-Sharaa.')
    lib.services.entities.create({
      name: 'Islamic State',
      type: 'armed group',
      aliases: [{ name: 'IS', kind: 'acronym' }],
    })
    await lib.settled()
    expect(lib.services.mentions.forSource(source).map((one) => one.exact)).toEqual(['Islamic State', 'IS'])
  })
})
