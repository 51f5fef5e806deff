import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Library } from '../db/library'
import { useTempDir } from '../test-support/temp-dir'
import { closeSharedDocumentReader } from '../workers/document-reader'
import { ExtractionPool } from '../workers/extraction-pool'
import { defaultExtractWorkerFile } from '../workers/worker-file'
import { ImportService } from './import-service'

const tempDir = useTempDir()
const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'sources')

afterAll(() => closeSharedDocumentReader())

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
  it('imports, recognises duplicates by content (also within one batch), and reports each failure', async () => {
    await withLibrary(async (library, imports) => {
      const text = new TextEncoder().encode('Headline\n\nBody.')
      const report = await imports.importFiles([
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

  it('stores the metadata a saved web page carries, and its kind', async () => {
    await withLibrary(async (library, imports) => {
      const page = readFileSync(join(FIXTURES, 'news-centcom-depots.html'))
      const report = await imports.importFiles([{ name: 'saved/news-centcom-depots.html', data: page }])
      const outcome = report.outcomes[0]!
      expect(outcome.status).toBe('imported')
      const source = library.sources.get((outcome as { sourceId: number }).sourceId)!
      expect(source).toMatchObject({
        title: 'US and Syrian forces destroy Islamic State arms depots in southern Syria',
        kind: 'article',
        fileName: 'news-centcom-depots.html',
        mediaType: 'text/html',
        authors: ['Rana Haddad', 'Tom Whitcombe'],
        publisher: 'The Levant Ledger',
        publishedDate: '2025-11-28',
        url: 'https://levantledger.example/world/middle-east/2025/11/28/centcom-syria-depots',
        language: 'en-GB',
        pages: null,
      })
      expect(source.text).not.toContain('Read more')
      expect(library.sources.original(source.id)?.data.byteLength).toBe(page.byteLength)
    })
  })

  it('stores where each PDF page lies in the text', async () => {
    await withLibrary(async (library, imports) => {
      const pdf = readFileSync(join(FIXTURES, 'pdf', 'report-joint-operations.pdf'))
      const report = await imports.importFiles([{ name: 'report.pdf', data: pdf }])
      const source = library.sources.get((report.outcomes[0] as { sourceId: number }).sourceId)!
      expect(source.pages?.map((span) => span.page)).toEqual([1, 2, 3, 4])
      const third = source.pages![2]!
      expect(source.text.slice(third.start, third.end)).toMatch(/^Regional frame/)
      expect(source.blocks.filter((block) => block.page === 3)[0]).toMatchObject({
        kind: 'heading',
        start: third.start,
      })
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

  it('refuses a 200 MB text file and a 300 MB PDF from their size alone', async () => {
    const huge = join(tempDir(), 'huge.txt')
    const hugePdf = join(tempDir(), 'scan.pdf')
    for (const [path, size] of [
      [huge, 200],
      [hugePdf, 300],
    ] as const) {
      writeFileSync(path, '')
      truncateSync(path, size * 1024 * 1024) // sparse: costs no disk and no time
    }
    await withLibrary(async (library, imports) => {
      const report = await imports.importPaths([huge, hugePdf])
      expect(report.outcomes).toEqual([
        expect.objectContaining({
          status: 'failed',
          reason: expect.stringMatching(/huge\.txt is 200 MB; Weft imports text files up to 50 MB/),
        }),
        expect.objectContaining({
          status: 'failed',
          reason: expect.stringMatching(/scan\.pdf is 300 MB; Weft imports PDF files up to 200 MB/),
        }),
      ])
      expect(library.sources.count()).toBe(0)
    })
  })

  it('applies the PDF limit to a large PDF without an extension, and abandons it when it hangs the parser', async () => {
    // A PDF header and 60 MB of zeros: over the text limit, under the PDF one. pdf.js
    // searches all of it for objects, for much longer than the (shortened) time limit.
    const unnamed = join(tempDir(), 'download')
    writeFileSync(unnamed, '%PDF-1.7\n')
    truncateSync(unnamed, 60 * 1024 * 1024)
    const after = join(tempDir(), 'notes.txt')
    writeFileSync(after, 'Notes\n\nRead after the stuck file.')
    const pool = new ExtractionPool({ workerFile: defaultExtractWorkerFile(), size: 1, timeLimitMs: 2_000 })
    const library = await Library.open(join(tempDir(), 'lib.weft'), { create: true })
    try {
      const report = await new ImportService(library.sources, pool).importPaths([unnamed, after], {
        nameOf: basename,
      })
      expect(report.outcomes).toEqual([
        {
          status: 'failed',
          name: 'download',
          reason: expect.stringMatching(
            /^download took too long to read \(more than 2 s\) and was skipped\./,
          ),
        },
        expect.objectContaining({ status: 'imported', name: 'notes.txt', title: 'Notes' }),
      ])
    } finally {
      library.close()
      await pool.close()
    }
  })

  it('stops when cancelled, keeping what was stored before', async () => {
    const folder = join(tempDir(), 'many')
    mkdirSync(folder)
    for (let i = 0; i < 600; i += 1) writeFileSync(join(folder, `f${i}.txt`), `File ${i}\n\nText ${i}.`)
    await withLibrary(async (library, imports) => {
      const controller = new AbortController()
      let doneAtCancel = 0
      await expect(
        imports.importPaths([folder], {
          signal: controller.signal,
          onProgress: (progress) => {
            doneAtCancel = progress.done
            controller.abort()
          },
        }),
      ).rejects.toMatchObject({ code: 'cancelled' })
      expect(doneAtCancel).toBeGreaterThan(0)
      expect(doneAtCancel).toBeLessThan(600)
      expect(library.sources.count()).toBe(doneAtCancel)
    })
  })
})
