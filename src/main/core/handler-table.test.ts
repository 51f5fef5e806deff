import { describe, expect, it } from 'vitest'
import { CALL_NAMES, calls } from '@shared/contract'
import { featureHandlerTables } from './handler-table'
import { findContractGaps, mergeHandlerTables } from './handler-registry'
import type { WeftCore } from './weft-core'

// Handlers only close over the core; building the table never touches it.
const fakeCore = {} as WeftCore

describe('handler table', () => {
  it('has exactly one handler for every name in the contract', () => {
    const tables = featureHandlerTables(fakeCore)
    const counts = new Map<string, number>()
    for (const table of tables)
      for (const name of Object.keys(table)) counts.set(name, (counts.get(name) ?? 0) + 1)
    for (const name of CALL_NAMES) expect(counts.get(name), `handlers for ${name}`).toBe(1)
    expect([...counts.keys()].sort()).toEqual([...CALL_NAMES].sort())
    expect(findContractGaps(mergeHandlerTables(...tables))).toEqual({ missing: [], unknown: [] })
  })

  it('lists the same call names as the schemas', () => {
    expect(Object.keys(calls).sort()).toEqual([...CALL_NAMES].sort())
  })

  it('names calls domain:verb', () => {
    for (const name of CALL_NAMES) expect(name).toMatch(/^[a-z][A-Za-z]*:[a-z][A-Za-z]*$/)
  })
})
