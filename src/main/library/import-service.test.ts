import { mkdirSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library } from '../db/library'
import { useTempDir } from '../test-support/temp-dir'
import { ImportService } from './import-service'

const tempDir = useTempDir()

async function withLibrary<T>(
  work: (library: Library, imports: ImportService) => Promise<T> | T,
): Promise<T> {
  const library = await Library.open(join(tempDir(), 'lib.weft'), { create: true })
  try {
    return await work(library, new ImportService(library.sources))
  } finally {
    library.close()
  }
}

describe('ImportService.importFiles', () => {
  it('imports, recognises duplicates by content, and reports each failure', async () => {
    await withLibrary((library, imports) => {
      const text = new TextEncoder().encode('Headline\n\nBody.')
      const report = imports.importFiles([
        { name: 'a.txt', data: text },
        { name: 'copy.txt', data: text },
        { name: 'empty.txt', data: new Uint8Array() },
      ])
      expect(report).toMatchObject({ imported: 1, duplicates: 1, failed: 1 })
      expect(report.outcomes[1]).toMatchObject({ status: 'duplicate', title: 'Headline' })
      expect(report.outcomes[2]).toMatchObject({
        status: 'failed',
        reason: expect.stringContaining('empty.txt is empty'),
      })
      expect(library.sources.count()).toBe(1)
    })
  })
})

describe('ImportService.importPaths', () => {
  it('walks folders, skips hidden files, and reports missing paths and bad files without losing anything', async () => {
    const folder = join(tempDir(), 'pile')
    mkdirSync(join(folder, 'nested'), { recursive: true })
    writeFileSync(join(folder, 'one.txt'), 'One\n\nFirst.')
    writeFileSync(join(folder, 'nested', 'two.md'), '# Two\n\nSecond.')
    writeFileSync(join(folder, '.DS_Store'), Buffer.from([0, 1, 2]))
    writeFileSync(join(folder, 'junk.bin'), Buffer.from([0, 159, 146, 150]))
    await withLibrary(async (library, imports) => {
      const progress: number[] = []
      const report = await imports.importPaths([folder, join(tempDir(), 'nope')], {
        onProgress: (p) => progress.push(p.done),
      })
      expect(report.outcomes.map((outcome) => [outcome.status, outcome.name.replace(tempDir(), '')])).toEqual(
        [
          ['failed', '/nope'],
          ['failed', '/pile/junk.bin'],
          ['imported', '/pile/nested/two.md'],
          ['imported', '/pile/one.txt'],
        ],
      )
      expect(progress.at(-1)).toBe(3)
      expect(
        library.sources
          .list()
          .map((source) => source.title)
          .sort(),
      ).toEqual(['One', 'Two'])

      const again = await imports.importPaths([folder])
      expect(again).toMatchObject({ imported: 0, duplicates: 2, failed: 1 })
      expect(library.sources.count()).toBe(2)
    })
  })

  it('refuses a 200 MB file from its size alone', async () => {
    const huge = join(tempDir(), 'huge.txt')
    writeFileSync(huge, '')
    truncateSync(huge, 200 * 1024 * 1024) // sparse: costs no disk and no time
    await withLibrary(async (library, imports) => {
      const report = await imports.importPaths([huge])
      expect(report.outcomes[0]).toMatchObject({
        status: 'failed',
        reason: expect.stringMatching(/huge\.txt is 200 MB; Weft imports text files up to 50 MB/),
      })
      expect(library.sources.count()).toBe(0)
    })
  })

  it('stops between batches when cancelled, keeping what was imported', async () => {
    const folder = join(tempDir(), 'many')
    mkdirSync(folder)
    for (let i = 0; i < 600; i += 1) writeFileSync(join(folder, `f${i}.txt`), `File ${i}\n\nText ${i}.`)
    await withLibrary(async (library, imports) => {
      const controller = new AbortController()
      await expect(
        imports.importPaths([folder], { signal: controller.signal, onProgress: () => controller.abort() }),
      ).rejects.toMatchObject({ code: 'cancelled' })
      expect(library.sources.count()).toBe(250)
    })
  })
})
