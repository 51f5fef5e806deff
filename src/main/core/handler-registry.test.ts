import { describe, expect, it, vi } from 'vitest'
import {
  assertComplete,
  dispatchCall,
  findContractGaps,
  mergeHandlerTables,
  type HandlerTable,
} from './handler-registry'
import { WeftError } from './weft-error'

const table = {
  'app:info': () => ({
    version: '1',
    shell: 'web-shell',
    library: { path: 'x', fileName: 'x', schemaVersion: 1, sourceCount: 0 },
  }),
  'sources:list': () => [],
  'sources:get': ({ id }: { id: number }) => {
    throw new WeftError('not_found', `Source ${id} is not in this library.`)
  },
  'sources:importFiles': () => {
    throw new Error('disk on fire')
  },
} as unknown as HandlerTable

describe('mergeHandlerTables', () => {
  it('refuses a name registered twice', () => {
    expect(() => mergeHandlerTables({ 'sources:list': () => [] }, { 'sources:list': () => [] })).toThrow(
      'Handler for "sources:list" is registered twice',
    )
  })

  it('reports missing and unknown names', () => {
    const gaps = findContractGaps({ 'sources:list': () => [], ...({ 'sources:explode': () => 1 } as object) })
    expect(gaps.missing).toContain('app:info')
    expect(gaps.unknown).toEqual(['sources:explode'])
    expect(() => assertComplete({ 'sources:list': () => [] })).toThrow(/missing \[app:info/)
  })
})

describe('dispatchCall', () => {
  it('wraps a value in the ok envelope', async () => {
    expect(await dispatchCall(table, 'sources:list', {})).toEqual({ ok: true, value: [] })
  })

  it('refuses unknown names and invalid input before any handler runs', async () => {
    expect(await dispatchCall(table, 'shell:exec', {})).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Unknown call "shell:exec".' },
    })
    const invalid = await dispatchCall(table, 'sources:get', { id: 'DROP TABLE' })
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const extra = await dispatchCall(table, 'sources:list', { sneaky: true })
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('carries WeftError codes and hides nothing of internal errors but the stack', async () => {
    expect(await dispatchCall(table, 'sources:get', { id: 4 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Source 4 is not in this library.' },
    })
    const report = vi.fn()
    const internal = await dispatchCall(
      table,
      'sources:importFiles',
      { files: [{ name: 'a', data: new Uint8Array(1) }] },
      report,
    )
    expect(internal).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in sources:importFiles: disk on fire' },
    })
    expect(report).toHaveBeenCalledOnce()
  })
})
