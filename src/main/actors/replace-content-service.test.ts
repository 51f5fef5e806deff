import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { checkLibrary } from '../db/check-library'
import { closeSharedDocumentReader, sharedDocumentReader } from '../workers/document-reader'
import type { DocumentReader, FileToRead } from '../workers/extraction-pool'
import { ReplaceContentService } from './replace-content-service'
import { useTempDir } from '../test-support/temp-dir'
import { openTestLibrary, type TestLibrary } from './test-library'

const tempDir = useTempDir()
let open: TestLibrary | undefined
afterEach(() => {
  open?.close()
  open = undefined
})
afterAll(() => closeSharedDocumentReader())

const HEADLINE = 'DAMASCUS (Agency) — Report.'
const RAIDS = 'CENTCOM and the Interior Ministry destroyed 15 weapons depots.'
const MORE = 'Officials said the raids would continue.'
const AMMAN = 'Jordan hosted the meeting in Amman.'
const UNIT = 'The reconnaissance unit shares information with the coalition.'
const OLD = [HEADLINE, RAIDS, MORE, AMMAN, UNIT].join('\n\n')
// The newer version: a line added to the headline, the raids paragraphs repeated
// (as scraped pages often repeat a block), the Amman sentence gone.
const NEW = [`${HEADLINE} Updated on Friday.`, RAIDS, MORE, RAIDS, MORE, UNIT].join('\n\n')

const file = (text: string, name = 'raids-v2.txt') => ({ name, data: new TextEncoder().encode(text) })

async function withPassages() {
  open = await openTestLibrary(tempDir())
  const { services, addSource } = open
  const source = addSource(OLD, { title: 'Joint raids (edited title)' })
  const jordan = services.entities.create({ name: 'Jordan', type: 'country' })
  const ministry = services.entities.create({ name: 'Interior Ministry', type: 'government body' })
  await open.settled()
  const passageAt = (quote: string) =>
    services.passages.create({
      sourceId: source,
      start: OLD.indexOf(quote),
      end: OLD.indexOf(quote) + quote.length,
    })
  return {
    ...open,
    source,
    jordan,
    ministry,
    kept: passageAt('DAMASCUS (Agency)'),
    duplicated: passageAt('CENTCOM and the Interior Ministry'),
    alsoDuplicated: passageAt('Officials said'),
    deleted: passageAt('Jordan hosted the meeting'),
    moved: passageAt('reconnaissance unit'),
  }
}

describe('sources:replaceContent', () => {
  it('replaces the text and re-anchors every passage by its quote, flagging what is not certain', async () => {
    const lib = await withPassages()
    const report = await lib.services.replacements.replace(lib.source, file(NEW))
    expect(report).toEqual({ reanchored: 2, needsReview: 3 })

    const source = lib.library.sources.get(lib.source)!
    expect(source.text).toBe(NEW)
    expect(source.title).toBe('Joint raids (edited title)')
    expect(source.fileName).toBe('raids-v2.txt')
    expect(checkLibrary(lib.library).ok).toBe(true)

    const byId = new Map(lib.services.passages.forSource(lib.source).map((passage) => [passage.id, passage]))
    expect(byId.get(lib.kept.id)).toMatchObject({ status: 'anchored', start: 0, end: 17 })
    const moved = byId.get(lib.moved.id)!
    expect(moved).toMatchObject({ status: 'anchored', exact: 'reconnaissance unit' })
    expect(NEW.slice(moved.start, moved.end)).toBe('reconnaissance unit')
    expect(moved.start).not.toBe(lib.moved.start)
    expect(moved.prefix).toBe(NEW.slice(moved.start - 32, moved.start))

    // Never silently moved: duplicated and deleted quotes stay at their old offsets, for review.
    for (const flagged of [lib.duplicated, lib.alsoDuplicated, lib.deleted]) {
      expect(byId.get(flagged.id)).toMatchObject({
        status: 'needs_review',
        start: flagged.start,
        end: flagged.end,
        exact: flagged.exact,
      })
    }
    expect(lib.eventsNamed('passages:changed').at(-1)).toEqual({ sourceIds: [lib.source] })

    const confirmed = lib.services.passages.resolveReview(lib.deleted.id, { start: 0, end: 8 })
    expect(confirmed).toMatchObject({ status: 'anchored', exact: 'DAMASCUS' })
  })

  it('rescans the source’s suggestions and carries rejections over to the new text', async () => {
    const lib = await withPassages()
    const ministryAt = OLD.indexOf('Interior Ministry')
    const rejected = lib.services.mentions.forSource(lib.source).find((one) => one.start === ministryAt)!
    lib.services.mentions.reject(rejected.id)
    const shifted = [`${HEADLINE} Updated on Friday.`, RAIDS, MORE, UNIT].join('\n\n')
    await lib.services.replacements.replace(lib.source, file(shifted))
    // Open suggestions pointed into the old text: gone until the rescan finds them again.
    expect(lib.services.mentions.forSource(lib.source)).toEqual([])
    await lib.settled()
    // Jordan is gone from the text; the ministry's one mention was rejected and stays so, at its new place.
    expect(lib.services.mentions.forSource(lib.source)).toEqual([])
    expect(lib.services.mentions.forEntity(lib.ministry.id, 'rejected')).toMatchObject([
      { id: rejected.id, start: shifted.indexOf('Interior Ministry'), exact: 'Interior Ministry' },
    ])

    // With the ministry named twice in the next version, the second mention is offered, the first stays rejected.
    const twice = `${shifted}\n\nLater, the Interior Ministry confirmed it.`
    await lib.services.replacements.replace(lib.source, file(twice))
    await lib.settled()
    expect(lib.services.mentions.forSource(lib.source).map((one) => one.start)).toEqual([
      twice.lastIndexOf('Interior Ministry'),
    ])
  })

  it('does nothing for the same file, and refuses a file that is another source', async () => {
    const lib = await withPassages()
    expect(await lib.services.replacements.replace(lib.source, file(OLD, 'same.txt'))).toEqual({
      reanchored: 5,
      needsReview: 0,
    })
    lib.addSource(NEW)
    await expect(lib.services.replacements.replace(lib.source, file(NEW))).rejects.toThrow(
      /already in the library as source #2/,
    )
    await expect(lib.services.replacements.replace(99, file(NEW))).rejects.toThrow(/no source #99/)
  })

  it('reads a newer version saved as a web page through the importer’s worker pool', async () => {
    const lib = await withPassages()
    const html = `<!doctype html><html><head><title>Joint raids</title></head><body>
      <nav>Home | World | Read more</nav>
      <article><h1>Joint raids</h1>${[HEADLINE, RAIDS, MORE, UNIT].map((text) => `<p>${text}</p>`).join('')}</article>
      <footer>Subscribe to our newsletter</footer></body></html>`
    const report = await lib.services.replacements.replace(lib.source, file(html, 'raids.html'))
    const source = lib.library.sources.get(lib.source)!
    expect(source.mediaType).toBe('text/html')
    expect(source.text).toContain(RAIDS)
    expect(source.title).toBe('Joint raids (edited title)')
    expect(report.reanchored + report.needsReview).toBe(5)
    const moved = lib.services.passages.forSource(lib.source).find((passage) => passage.id === lib.moved.id)!
    expect(source.text.slice(moved.start, moved.end)).toBe('reconnaissance unit')
  })

  it('hands a large file to the shared document reader, never reading it on the calling thread', async () => {
    const lib = await withPassages()
    const read: string[] = []
    const pool = sharedDocumentReader()
    const recording: DocumentReader = {
      read: (file: FileToRead, signal?: AbortSignal) => {
        read.push(file.fileName)
        return pool.read(file, signal)
      },
    }
    const replacements = new ReplaceContentService(lib.services.context, lib.services.scans, () => recording)
    // Past the inline limit (64 KB): the kind of file that would hold up the window if read here.
    const long = [NEW, ...Array.from({ length: 1500 }, (_, index) => `${MORE} Paragraph ${index}.`)].join(
      '\n\n',
    )
    const report = await replacements.replace(lib.source, file(long, 'raids-long.txt'))
    expect(read).toEqual(['raids-long.txt'])
    expect(lib.library.sources.get(lib.source)!.text).toBe(long)
    expect(report.reanchored + report.needsReview).toBe(5)
  })

  it('leaves the source and its passages as they were when the reader refuses the file', async () => {
    const lib = await withPassages()
    const before = lib.services.passages.forSource(lib.source)
    const eventsBefore = lib.emitted.length
    // Named and headed as a PDF, but nothing a PDF reader can parse: the worker refuses it.
    const broken = file(`%PDF-1.7\n${'this is not a PDF body '.repeat(50)}`, 'raids-v2.pdf')
    await expect(lib.services.replacements.replace(lib.source, broken)).rejects.toThrow(
      /raids-v2\.pdf.*(damaged|PDF)/,
    )
    const source = lib.library.sources.get(lib.source)!
    expect(source.text).toBe(OLD)
    expect(source.fileName).not.toBe('raids-v2.pdf')
    expect(lib.services.passages.forSource(lib.source)).toEqual(before)
    expect(lib.emitted.slice(eventsBefore).map((event) => event.name)).not.toContain('passages:changed')
  })
})
