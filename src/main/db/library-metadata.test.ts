// Metadata, tags, collections and undoable delete, through the calls the
// renderer makes (validation included) and down to what the file keeps.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { CallName } from '@shared/contract'
import type { SourceSummary } from '@shared/models'
import type { Result } from '@shared/result'
import { dispatchCall, type HandlerTable } from '../core/handler-registry'
import { buildHandlerTable } from '../core/handler-table'
import { WeftCore } from '../core/weft-core'
import { useTempDir } from '../test-support/temp-dir'

const tempDir = useTempDir()
let core: WeftCore | undefined

afterEach(() => {
  core?.close()
  core = undefined
})

interface Harness {
  core: WeftCore
  call(name: CallName, input: unknown): Promise<Result<unknown>>
  /** A call that must succeed; its value. */
  ok<T>(name: CallName, input: unknown): Promise<T>
  insert(title: string): number
  summary(id: number): SourceSummary
  events: string[]
}

async function open(path = join(tempDir(), 'lib.weft')): Promise<Harness> {
  core = await WeftCore.open(path, 'web-shell', { create: true })
  const opened = core
  const table: HandlerTable = buildHandlerTable(opened)
  const events: string[] = []
  opened.events.subscribe((name, payload) => {
    if (name === 'sources:changed') events.push(`${name} ${(payload as { count: number }).count}`)
  })
  const call = (name: CallName, input: unknown) => dispatchCall(table, name, input, () => {})
  let hash = 0
  return {
    core: opened,
    call,
    events,
    async ok<T>(name: CallName, input: unknown) {
      const result = await call(name, input)
      if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`)
      return result.value as T
    },
    insert(title) {
      const text = `${title}\n\nBody of ${title}.`
      return opened.current.sources.insert({
        title,
        kind: 'other',
        fileName: `${title}.txt`,
        mediaType: 'text/plain',
        contentHash: `hash-${++hash}-${title}`,
        text,
        blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
        original: new TextEncoder().encode(text),
      })
    },
    summary(id) {
      const found = opened.current.sources.summary(id)
      if (!found) throw new Error(`source ${id} is not live`)
      return found
    },
  }
}

async function refused(harness: Harness, name: CallName, input: unknown) {
  const result = await harness.call(name, input)
  if (result.ok) throw new Error(`${name} should have been refused`)
  return result.error
}

describe('sources:update', () => {
  it('edits every field and reads them back, with partial dates of each precision', async () => {
    const h = await open()
    const id = h.insert('Syria joins the coalition')
    const { id: collection } = await h.ok<{ id: number }>('collections:create', { name: 'Coalition' })
    const updated = await h.ok<SourceSummary>('sources:update', {
      id,
      patch: {
        title: '  Syria becomes the coalition’s 90th partner ',
        authors: ['Jane Doe', 'Omar Haddad'],
        publisher: 'Al-Monitor',
        publishedDate: '2025-11',
        url: 'https://example.org/syria-coalition',
        language: 'en',
        kind: 'article',
        tags: ['coalition', 'membership'],
        collectionIds: [collection],
      },
    })
    expect(updated).toMatchObject({
      id,
      title: 'Syria becomes the coalition’s 90th partner',
      authors: ['Jane Doe', 'Omar Haddad'],
      publisher: 'Al-Monitor',
      publishedDate: '2025-11',
      url: 'https://example.org/syria-coalition',
      language: 'en',
      kind: 'article',
      tags: ['coalition', 'membership'],
      collectionIds: [collection],
    })
    expect(h.events).toEqual(['sources:changed 1'])

    for (const date of ['2025', '2025-11-24', '2024-02-29']) {
      await h.ok('sources:update', { id, patch: { publishedDate: date } })
      expect(h.summary(id).publishedDate).toBe(date)
    }
    // A patch changes only what it names.
    expect(h.summary(id)).toMatchObject({
      title: 'Syria becomes the coalition’s 90th partner',
      kind: 'article',
    })
  })

  it('clears optional fields with null, or with an emptied text', async () => {
    const h = await open()
    const id = h.insert('Raids')
    await h.ok('sources:update', { id, patch: { publisher: 'SANA', url: 'https://sana.sy', language: 'ar' } })
    await h.ok('sources:update', {
      id,
      patch: { publisher: '', url: '  ', language: null, publishedDate: null },
    })
    expect(h.summary(id)).toMatchObject({ publisher: null, url: null, language: null, publishedDate: null })
  })

  it('refuses dates that are not on the calendar, with the reason, and saves nothing', async () => {
    const h = await open()
    const id = h.insert('Palmyra attack')
    await h.ok('sources:update', { id, patch: { publishedDate: '2025-12-13' } })
    for (const date of ['2025-02-30', '2025-13', '2023-02-29', '13 December 2025', '25', '2025-1-5', '']) {
      const error = await refused(h, 'sources:update', {
        id,
        patch: { publishedDate: date, title: 'Changed' },
      })
      expect(error.code).toBe('invalid_input')
      expect(error.message).toContain(
        'patch.publishedDate: use a year, a month or a day: 2025, 2025-11 or 2025-11-24',
      )
    }
    expect(h.summary(id)).toMatchObject({ publishedDate: '2025-12-13', title: 'Palmyra attack' })
  })

  it('refuses other bad input by field: empty title, unknown kind, blank author, unknown keys', async () => {
    const h = await open()
    const id = h.insert('Raids')
    expect((await refused(h, 'sources:update', { id, patch: { title: '   ' } })).message).toMatch(
      /patch\.title/,
    )
    expect((await refused(h, 'sources:update', { id, patch: { kind: 'blog' } })).message).toMatch(
      /patch\.kind/,
    )
    expect((await refused(h, 'sources:update', { id, patch: { authors: ['Jane', ' '] } })).message).toMatch(
      /patch\.authors\.1/,
    )
    expect((await refused(h, 'sources:update', { id, patch: { colour: 'red' } })).message).toMatch(/colour/)
    expect((await refused(h, 'sources:update', { id: 0, patch: {} })).code).toBe('invalid_input')
    expect(h.summary(id).title).toBe('Raids')
  })

  it('says so when the source or a collection does not exist, and changes nothing', async () => {
    const h = await open()
    const id = h.insert('Raids')
    expect(await refused(h, 'sources:update', { id: 999, patch: { title: 'x' } })).toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('Source 999 is not in this library'),
    })
    expect(
      await refused(h, 'sources:update', { id, patch: { title: 'Changed', collectionIds: [42] } }),
    ).toMatchObject({ code: 'not_found', message: expect.stringContaining('Collection 42 does not exist') })
    expect(h.summary(id).title).toBe('Raids')
  })

  it('replaces tags case-insensitively, keeps the first spelling, and forgets unused tags', async () => {
    const h = await open()
    const a = h.insert('A')
    const b = h.insert('B')
    await h.ok('sources:update', { id: a, patch: { tags: ['Raids', 'raids', 'CENTCOM'] } })
    await h.ok('sources:update', { id: b, patch: { tags: ['RAIDS'] } })
    expect(h.summary(a).tags).toEqual(['CENTCOM', 'Raids'])
    expect(h.summary(b).tags).toEqual(['Raids'])
    await h.ok('sources:update', { id: a, patch: { tags: [] } })
    expect(await h.ok('tags:list', {})).toEqual([{ name: 'Raids', count: 1 }])
  })

  it('keeps the search index in step with edited metadata', async () => {
    const h = await open()
    const id = h.insert('Raids')
    await h.ok('sources:update', { id, patch: { publisher: 'Enab Baladi', tags: ['counterterrorism'] } })
    const match = (term: string) =>
      h.core.current.db.prepare('SELECT rowid FROM sources_fts WHERE sources_fts MATCH ?').all(term)
    expect(match('baladi')).toEqual([{ rowid: id }])
    expect(match('counterterrorism')).toEqual([{ rowid: id }])
  })
})

describe('sources:tag', () => {
  it('adds and removes tags on many sources, skipping ones that are gone', async () => {
    const h = await open()
    const [a, b, c] = [h.insert('A'), h.insert('B'), h.insert('C')]
    await h.ok('sources:update', { id: c, patch: { tags: ['raids'] } })
    expect(
      await h.ok('sources:tag', { ids: [a, b, c, 999], add: ['Coalition', 'raids'], remove: [] }),
    ).toEqual({
      updated: 3,
    })
    expect([a, b, c].map((id) => h.summary(id).tags)).toEqual([
      ['Coalition', 'raids'],
      ['Coalition', 'raids'],
      ['Coalition', 'raids'],
    ])
    expect(await h.ok('sources:tag', { ids: [a, b], add: [], remove: ['RAIDS'] })).toEqual({ updated: 2 })
    expect(await h.ok('tags:list', {})).toEqual([
      { name: 'Coalition', count: 3 },
      { name: 'raids', count: 1 },
    ])
    await h.ok('sources:tag', { ids: [c], add: [], remove: ['raids'] })
    expect(await h.ok('tags:list', {})).toEqual([{ name: 'Coalition', count: 3 }])
  })

  it('refuses an empty selection and blank tag names', async () => {
    const h = await open()
    const id = h.insert('A')
    expect((await refused(h, 'sources:tag', { ids: [], add: ['x'], remove: [] })).message).toMatch(/ids/)
    expect((await refused(h, 'sources:tag', { ids: [id], add: ['  '], remove: [] })).message).toMatch(
      /add\.0/,
    )
  })
})

describe('sources:firstPage', () => {
  it('gives the first rows of the list, with their tags, and how many live sources there are', async () => {
    const h = await open()
    const [a, b, c] = [h.insert('A'), h.insert('B'), h.insert('C')]
    await h.ok('sources:tag', { ids: [c], add: ['first'], remove: [] })
    await h.ok('sources:delete', { ids: [b] })
    const whole = await h.ok<SourceSummary[]>('sources:list', {})
    const page = await h.ok<{ total: number; rows: SourceSummary[] }>('sources:firstPage', { limit: 1 })
    expect(page.total).toBe(2)
    expect(page.rows).toEqual(whole.slice(0, 1))
    expect(page.rows[0]).toMatchObject({ id: c, tags: ['first'] })
    expect(whole.map((s) => s.id)).toEqual([c, a])
    expect((await h.call('sources:firstPage', { limit: 0 })).ok).toBe(false)
  })
})

describe('sources:delete and sources:restore', () => {
  it('hides deleted sources everywhere until restored, and restores tags and collections with them', async () => {
    const h = await open()
    const [a, b, c] = [h.insert('A'), h.insert('B'), h.insert('C')]
    const { id: collection } = await h.ok<{ id: number }>('collections:create', { name: 'Chapter 1' })
    await h.ok('sources:update', { id: a, patch: { tags: ['only-on-a'], collectionIds: [collection] } })
    await h.ok('sources:tag', { ids: [a, b], add: ['shared'], remove: [] })

    const receipt = await h.ok<{ deleted: number; undoToken: string }>('sources:delete', { ids: [a, b, 999] })
    expect(receipt.deleted).toBe(2)
    expect((await h.ok<SourceSummary[]>('sources:list', {})).map((s) => s.id)).toEqual([c])
    expect(await h.ok('tags:list', {})).toEqual([])
    expect(await h.ok('collections:list', {})).toEqual([
      { id: collection, name: 'Chapter 1', sourceCount: 0 },
    ])
    expect((await refused(h, 'sources:get', { id: a })).code).toBe('not_found')
    expect((await refused(h, 'sources:update', { id: a, patch: { title: 'x' } })).code).toBe('not_found')
    // Bulk actions on a stale selection skip what is gone.
    expect(await h.ok('sources:tag', { ids: [a, c], add: ['late'], remove: [] })).toEqual({ updated: 1 })
    expect(
      await h.ok('collections:setMembership', { id: collection, sourceIds: [b, c], member: true }),
    ).toEqual({
      updated: 1,
    })

    expect(await h.ok('sources:restore', { undoToken: receipt.undoToken })).toEqual({ restored: 2 })
    expect((await h.ok<SourceSummary[]>('sources:list', {})).map((s) => s.id).sort()).toEqual([a, b, c])
    expect(h.summary(a)).toMatchObject({ tags: ['only-on-a', 'shared'], collectionIds: [collection] })
    expect(await h.ok('collections:list', {})).toEqual([
      { id: collection, name: 'Chapter 1', sourceCount: 2 },
    ])

    const again = await refused(h, 'sources:restore', { undoToken: receipt.undoToken })
    expect(again).toMatchObject({ code: 'not_found', message: expect.stringContaining('Nothing to restore') })
  })

  it('makes a delete final when the library is reopened: nothing to restore, tags forgotten', async () => {
    const path = join(tempDir(), 'reopened.weft')
    let h = await open(path)
    const [a, b] = [h.insert('A'), h.insert('B')]
    await h.ok('sources:update', { id: a, patch: { tags: ['gone-with-a'] } })
    const { undoToken } = await h.ok<{ undoToken: string }>('sources:delete', { ids: [a] })
    h.core.close()

    h = await open(path)
    expect((await h.ok<SourceSummary[]>('sources:list', {})).map((s) => s.id)).toEqual([b])
    expect(await refused(h, 'sources:restore', { undoToken })).toMatchObject({ code: 'not_found' })
    const db = h.core.current.db
    expect(db.prepare('SELECT count(*) AS n FROM sources WHERE id = ?').get(a)).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM source_content WHERE source_id = ?').get(a)).toEqual({
      n: 0,
    })
    expect(db.prepare("SELECT count(*) AS n FROM tags WHERE name = 'gone-with-a'").get()).toEqual({ n: 0 })
  })
})

describe('collections', () => {
  it('creates, lists by name, renames and deletes, keeping the sources', async () => {
    const h = await open()
    const [a, b] = [h.insert('A'), h.insert('B')]
    const syria = await h.ok<{ id: number }>('collections:create', { name: '  Syria and the coalition ' })
    const raids = await h.ok<{ id: number }>('collections:create', { name: 'raids' })
    expect(await h.ok('collections:list', {})).toEqual([
      { id: raids.id, name: 'raids', sourceCount: 0 },
      { id: syria.id, name: 'Syria and the coalition', sourceCount: 0 },
    ])

    expect(
      await h.ok('collections:setMembership', { id: syria.id, sourceIds: [a, b, a], member: true }),
    ).toEqual({
      updated: 2,
    })
    expect(h.summary(a).collectionIds).toEqual([syria.id])
    expect(await h.ok('collections:setMembership', { id: syria.id, sourceIds: [b], member: false })).toEqual({
      updated: 1,
    })
    expect(h.summary(b).collectionIds).toEqual([])

    expect(await h.ok('collections:rename', { id: syria.id, name: 'Coalition membership' })).toEqual({
      id: syria.id,
      name: 'Coalition membership',
      sourceCount: 1,
    })
    // Changing only the case of its own name is allowed.
    await h.ok('collections:rename', { id: raids.id, name: 'Raids' })

    expect(await h.ok('collections:delete', { id: syria.id })).toEqual({ deleted: true })
    expect(await h.ok('collections:delete', { id: syria.id })).toEqual({ deleted: false })
    expect(h.summary(a).collectionIds).toEqual([])
    expect(await h.ok<SourceSummary[]>('sources:list', {})).toHaveLength(2)
    expect(await h.ok('collections:list', {})).toEqual([{ id: raids.id, name: 'Raids', sourceCount: 0 }])
  })

  it('refuses a name already taken, whatever its case, and names that are blank', async () => {
    const h = await open()
    const first = await h.ok<{ id: number }>('collections:create', { name: 'Chapter 1' })
    const second = await h.ok<{ id: number }>('collections:create', { name: 'Chapter 2' })
    expect(await refused(h, 'collections:create', { name: 'chapter 1' })).toEqual({
      code: 'invalid_input',
      message: 'A collection named “chapter 1” already exists. Choose another name.',
    })
    expect((await refused(h, 'collections:rename', { id: second.id, name: 'CHAPTER 1' })).code).toBe(
      'invalid_input',
    )
    expect((await refused(h, 'collections:create', { name: '   ' })).message).toMatch(/name/)
    expect((await refused(h, 'collections:rename', { id: 77, name: 'x' })).code).toBe('not_found')
    expect(
      (await refused(h, 'collections:setMembership', { id: 77, sourceIds: [1], member: true })).code,
    ).toBe('not_found')
    expect((await h.ok<{ name: string }[]>('collections:list', {})).map((c) => c.name)).toEqual([
      'Chapter 1',
      'Chapter 2',
    ])
    void first
  })
})
