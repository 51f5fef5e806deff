import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CallName } from '@shared/contract'
import type { Result } from '@shared/result'
import { dispatchCall, type HandlerTable } from '../core/handler-registry'
import { buildHandlerTable } from '../core/handler-table'
import { WeftCore } from '../core/weft-core'

// One app core over a real library, reached the way both shells reach it:
// through the handler table, with inputs validated by the contract.
let dir: string
let core: WeftCore
let table: HandlerTable
const events: string[] = []

const TEXT =
  'The Islamic State claimed it. IS fighters fled; CENTCOM and the Interior Ministry raided depots.'

async function call<T = unknown>(name: CallName, input: unknown = {}): Promise<Result<T>> {
  return (await dispatchCall(table, name, input, () => undefined)) as Result<T>
}

async function value<T>(name: CallName, input: unknown = {}): Promise<T> {
  const result = await call<T>(name, input)
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`)
  return result.value
}

function addSource(text: string): number {
  const id = core.current.sources.insert({
    title: 'Raids',
    kind: 'article',
    fileName: 'raids.txt',
    mediaType: 'text/plain',
    contentHash: createHash('sha256').update(text).digest('hex'),
    text,
    blocks: [],
    original: new TextEncoder().encode(text),
  })
  core.events.emit('sources:changed', { count: 1 })
  return id
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-handlers-'))
  core = await WeftCore.open(join(dir, 'handlers.weft'), 'web-shell', { create: true })
  table = buildHandlerTable(core)
  core.events.subscribe((name) => events.push(name))
})
afterAll(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('actor, passage and mention calls', () => {
  it('refuses bad input with the contract’s messages', async () => {
    expect(await call('entities:create', { name: '', type: 'person' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
    expect(await call('entities:merge', { keepId: 3, otherId: 3 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('cannot be merged into itself') },
    })
    expect(await call('passages:create', { sourceId: 1, start: 5, end: 2 })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('end must be after start') },
    })
    expect(await call('passages:update', { id: 1, patch: { color: 'yellow' } })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('#f5c542') },
    })
    expect(await call('entities:get', { id: 404 })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('runs the whole flow: actors, suggestions, passages, merge, re-anchoring', async () => {
    expect((await value<{ name: string }[]>('entityTypes:list')).length).toBe(8)
    expect(await value('entityTypes:add', { name: 'coalition' })).toEqual({
      name: 'coalition',
      builtin: false,
    })

    const source = addSource(TEXT)
    const state = await value<{ id: number }>('entities:create', {
      name: 'Islamic State',
      type: 'armed group',
      aliases: [{ name: 'IS', kind: 'acronym' }],
    })
    const daesh = await value<{ id: number; name: string; kind: string }>('entities:addAlias', {
      entityId: state.id,
      alias: { name: 'Daesh', kind: 'nickname' },
    })
    expect(daesh).toMatchObject({ name: 'Daesh', kind: 'nickname' })
    expect(await value('entities:removeAlias', { aliasId: daesh.id })).toEqual({ removed: true })
    const ministry = await value<{ id: number }>('entities:create', {
      name: 'Interior Ministry',
      type: 'government body',
    })
    const centcom = await value<{ id: number }>('entities:create', { name: 'CENTCOM', type: 'coalition' })
    await core.actors.scans.idle()

    const suggestions = await value<{ id: number; exact: string; entityId: number }[]>('mentions:forSource', {
      sourceId: source,
    })
    expect(suggestions.map((one) => one.exact)).toEqual([
      'Islamic State',
      'IS',
      'CENTCOM',
      'Interior Ministry',
    ])
    const accepted = await value<{ id: number; entityIds: number[] }>('mentions:accept', {
      id: suggestions[0]!.id,
    })
    expect(accepted.entityIds).toEqual([state.id])
    expect(await value('mentions:reject', { id: suggestions[2]!.id })).toEqual({ rejected: true })
    expect(await value('mentions:forEntity', { entityId: centcom.id, status: 'rejected' })).toHaveLength(1)
    expect(await value('mentions:unreject', { id: suggestions[2]!.id })).toEqual({ reopened: true })
    expect(await value('mentions:forEntity', { entityId: centcom.id, status: 'rejected' })).toHaveLength(0)
    expect(await value('mentions:reject', { id: suggestions[2]!.id })).toEqual({ rejected: true })
    expect(await value('mentions:acceptAllInSource', { sourceId: source, entityId: ministry.id })).toEqual({
      accepted: 1,
    })
    expect(await value('mentions:forEntity', { entityId: state.id })).toHaveLength(1)

    const passage = await value<{ id: number; exact: string }>('passages:create', {
      sourceId: source,
      start: 30,
      end: 41,
      entityIds: [state.id],
      comment: 'fled',
    })
    expect(passage.exact).toBe('IS fighters')
    await value('passages:update', { id: passage.id, patch: { color: '#f5c542' } })
    await value('passages:link', { passageId: passage.id, entityId: centcom.id })
    expect(await value('passages:unlink', { passageId: passage.id, entityId: centcom.id })).toMatchObject({
      entityIds: [state.id],
    })
    expect(await value<unknown[]>('passages:forSource', { sourceId: source })).toHaveLength(3)
    expect(await value<unknown[]>('passages:forEntity', { entityId: state.id })).toHaveLength(2)
    const { undoToken } = await value<{ undoToken: string }>('passages:delete', { id: passage.id })
    expect(await value('passages:restore', { undoToken })).toMatchObject({ id: passage.id, color: '#f5c542' })

    const list = await value<{ id: number; passageCount: number }[]>('entities:list')
    expect(list.find((actor) => actor.id === state.id)?.passageCount).toBe(2)
    expect(
      await value('entities:update', { id: centcom.id, patch: { parentId: ministry.id } }),
    ).toMatchObject({
      parent: { id: ministry.id, name: 'Interior Ministry' },
    })
    const merge = await value<{ undoToken: string }>('entities:merge', {
      keepId: ministry.id,
      otherId: centcom.id,
    })
    expect(await value('entities:get', { id: ministry.id })).toMatchObject({
      aliases: [{ name: 'CENTCOM', kind: 'name' }],
    })
    expect(await value('entities:unmerge', { undoToken: merge.undoToken })).toEqual({
      restoredId: centcom.id,
    })
    const stateAliases = (await value<{ aliases: { id: number }[] }>('entities:get', { id: state.id }))
      .aliases
    expect(await value('entities:splitAlias', { aliasId: stateAliases[0]!.id })).toMatchObject({
      name: 'IS',
      type: 'armed group',
    })

    const newer = `Updated. ${TEXT}`
    expect(
      await value('sources:replaceContent', {
        id: source,
        file: { name: 'raids.txt', data: new TextEncoder().encode(newer) },
      }),
    ).toEqual({ reanchored: 3, needsReview: 0 })
    expect(await value('passages:resolveReview', { id: passage.id })).toMatchObject({ exact: 'IS fighters' })
    expect(await value('entities:delete', { id: centcom.id })).toEqual({ deleted: true })
    await core.actors.scans.idle()
    expect(events).toEqual(expect.arrayContaining(['actors:changed', 'passages:changed', 'mentions:changed']))
  })
})
