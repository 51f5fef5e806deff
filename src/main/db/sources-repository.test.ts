import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../test-support/temp-dir'
import { checkLibrary, rebuildSearchIndex } from './check-library'
import { Library } from './library'

const tempDir = useTempDir()

const source = (title: string, text: string, hash: string) => ({
  title,
  kind: 'article' as const,
  fileName: `${hash}.txt`,
  mediaType: 'text/plain',
  contentHash: hash,
  text,
  blocks: [{ kind: 'paragraph' as const, start: 0, end: text.length }],
  original: new TextEncoder().encode(text),
})

describe('SourcesRepository', () => {
  it('stores, lists newest first, reads back and finds by hash', async () => {
    const library = await Library.open(join(tempDir(), 'l.weft'), { create: true })
    const first = library.sources.insert(source('First', 'Alpha text', 'a'), '2026-01-01T00:00:00.000Z')
    const second = library.sources.insert(source('Second', 'Bravo text', 'b'), '2026-01-02T00:00:00.000Z')
    expect(library.sources.list().map((row) => row.id)).toEqual([second, first])
    expect(library.sources.get(first)).toMatchObject({
      title: 'First',
      text: 'Alpha text',
      byteSize: 10,
      kind: 'article',
      authors: [],
    })
    expect(library.sources.findByHash('b')).toEqual({ id: second, title: 'Second' })
    expect(library.sources.get(999)).toBeUndefined()
    expect(library.sources.count()).toBe(2)
    library.close()
  })

  it('keeps the search index in step, and weft check notices when it is not', async () => {
    const library = await Library.open(join(tempDir(), 'l.weft'), { create: true })
    const id = library.sources.insert(source('Raids', 'Sixty-one raids and seventy-one arrests', 'r'))
    const match = library.db.prepare("SELECT rowid FROM sources_fts WHERE sources_fts MATCH 'arrests'").all()
    expect(match).toEqual([{ rowid: id }])
    expect(checkLibrary(library)).toMatchObject({ ok: true, problems: [] })

    // Change the text behind the index's back: the FTS integrity check must notice.
    library.db
      .prepare("UPDATE source_content SET text = 'something else entirely' WHERE source_id = ?")
      .run(id)
    const broken = checkLibrary(library)
    expect(broken.ok).toBe(false)
    expect(broken.problems.join('\n')).toMatch(/search index/)
    rebuildSearchIndex(library)
    expect(checkLibrary(library).ok).toBe(true)
    library.close()
  })
})
