import { describe, expect, it } from 'vitest'
import { buildGraph, OPEN_FILTER } from './graph-filter'
import type { NetworkData, NetworkTie } from './network-data'
import { comparePeriods } from './period-compare'
import { datedRange, tieSpan } from './tie-dates'

let nextId = 1
function tie(from: number, to: number, fields: Partial<NetworkTie> = {}): NetworkTie {
  return {
    id: nextId++,
    from,
    to,
    type: 'coordination',
    directed: false,
    startDate: null,
    endDate: null,
    ongoing: false,
    status: 'reported',
    confidence: 'medium',
    place: null,
    evidence: 1,
    ...fields,
  }
}

const actors = [
  { id: 1, name: 'CENTCOM', type: 'government body', aliases: [] },
  { id: 2, name: 'Interior Ministry', type: 'government body', aliases: [] },
  { id: 3, name: 'Islamic State', type: 'armed group', aliases: [] },
  { id: 4, name: 'Syria', type: 'country', aliases: [] },
  { id: 5, name: 'Coalition', type: 'organisation', aliases: [] },
  { id: 6, name: 'Jordan', type: 'country', aliases: [] },
]

function data(ties: NetworkTie[]): NetworkData {
  return { actors, ties, tieTypes: [], actorTypes: [] }
}

describe('the graph on screen', () => {
  const joint1 = tie(1, 2, {
    type: 'joint operation',
    startDate: '2025-11-24',
    endDate: '2025-11-27',
    evidence: 2,
  })
  const joint2 = tie(2, 1, { type: 'joint operation', startDate: '2025-12', evidence: 1 })
  const attack = tie(3, 4, {
    type: 'attack',
    directed: true,
    startDate: '2025-12-13',
    status: 'alleged',
    evidence: 0,
  })
  const member = tie(4, 5, {
    type: 'membership',
    directed: true,
    startDate: '2025-11-10',
    ongoing: true,
    status: 'confirmed',
  })
  const undated = tie(6, 4, { type: 'joint body' })
  const all = data([joint1, joint2, attack, member, undated])

  it('bundles parallel ties of one type into one edge with their count and evidence', () => {
    const graph = buildGraph(all, OPEN_FILTER)
    const joint = graph.edges.find((edge) => edge.type === 'joint operation')!
    expect(joint).toMatchObject({
      source: 1,
      target: 2,
      tieIds: [joint1.id, joint2.id],
      evidence: 3,
      status: 'reported',
    })
    expect(graph.edges).toHaveLength(4)
    expect(graph.nodes.map((node) => node.id)).toEqual([1, 2, 3, 4, 5, 6])
    expect(graph.nodes.find((node) => node.id === 4)).toMatchObject({ degree: 3, tieCount: 3, evidence: 2 })
  })

  it('shows the network as it stood in a period; undated ties by choice', () => {
    const november = buildGraph(all, {
      ...OPEN_FILTER,
      from: '2025-11',
      to: '2025-11',
      includeUndated: false,
    })
    expect(november.edges.map((edge) => edge.type).sort()).toEqual(['joint operation', 'membership'])
    const lateDecember = buildGraph(all, { ...OPEN_FILTER, from: '2025-12-20', to: '2026' })
    // The membership still holds, a tie dated "2025-12" covers the whole month, and the
    // undated tie is shown unless asked not to be.
    expect(lateDecember.edges.map((edge) => edge.type).sort()).toEqual([
      'joint body',
      'joint operation',
      'membership',
    ])
  })

  it('filters by tie type, actor type, status and evidence, and focuses on a neighbourhood', () => {
    expect(buildGraph(all, { ...OPEN_FILTER, statuses: ['alleged'] }).edges.map((edge) => edge.type)).toEqual(
      ['attack'],
    )
    expect(buildGraph(all, { ...OPEN_FILTER, minEvidence: 2 }).edges.map((edge) => edge.type)).toEqual([
      'joint operation',
    ])
    expect(
      buildGraph(all, { ...OPEN_FILTER, actorTypes: ['country', 'organisation'] }).nodes.map(
        (node) => node.id,
      ),
    ).toEqual([4, 5, 6])
    expect(
      buildGraph(all, { ...OPEN_FILTER, tieTypes: ['attack', 'membership'] }).nodes.map((node) => node.id),
    ).toEqual([3, 4, 5])
    expect(
      buildGraph(all, { ...OPEN_FILTER, focus: { actorId: 5, hops: 1 } }).nodes.map((node) => node.id),
    ).toEqual([4, 5])
    expect(
      buildGraph(all, { ...OPEN_FILTER, focus: { actorId: 5, hops: 2 } }).nodes.map((node) => node.id),
    ).toEqual([3, 4, 5, 6])
    expect(
      buildGraph(all, { ...OPEN_FILTER, includeIsolated: true, tieTypes: ['attack'] }).nodes,
    ).toHaveLength(6)
  })

  it('compares two periods: appeared, ended, held', () => {
    const comparison = comparePeriods(
      all,
      OPEN_FILTER,
      { from: '2025-11', to: '2025-11' },
      { from: '2025-12', to: '2025-12' },
    )
    expect(comparison.appeared.map((one) => one.id).sort()).toEqual([joint2.id, attack.id])
    expect(comparison.ended.map((one) => one.id)).toEqual([joint1.id])
    expect(comparison.held.map((one) => one.id)).toEqual([member.id])
    // The joint operations bundle holds one tie that ended and one that appeared: it held, in part.
    expect(comparison.edgeChanges.get('1-2:joint operation')).toBe('held')
    expect(comparison.edgeChanges.get('3>4:attack')).toBe('appeared')
  })

  it('reads partial dates as spans and finds the dated range', () => {
    expect(tieSpan({ startDate: '2025-11', endDate: null, ongoing: false })).toEqual({
      from: '2025-11-01',
      to: '2025-11-30',
    })
    expect(tieSpan({ startDate: '2024', endDate: '2025-02', ongoing: false })).toEqual({
      from: '2024-01-01',
      to: '2025-02-28',
    })
    expect(tieSpan({ startDate: null, endDate: null, ongoing: false })).toBeNull()
    expect(datedRange(all.ties)).toEqual({ from: '2025-11-10', to: '2025-12-31' })
  })
})
