import { describe, expect, it } from 'vitest'
import type { Graph } from '@shared/network/graph-filter'
import { initialPositions, iterationsFor, separate } from './force-layout'

const node = (id: number) => ({
  id,
  name: `#${id}`,
  type: 'organisation',
  degree: 1,
  tieCount: 1,
  evidence: 0,
})
const edge = (source: number, target: number) => ({
  key: `${source}-${target}:coordination`,
  source,
  target,
  type: 'coordination',
  directed: false,
  tieIds: [source * 100 + target],
  evidence: 0,
  status: 'reported' as const,
})

describe('placing actors for the force-directed layout', () => {
  it('keeps placed actors, puts a newcomer near its placed neighbours and the rest on a spiral', () => {
    const graph: Graph = { nodes: [node(1), node(2), node(3), node(4)], edges: [edge(1, 3), edge(2, 3)] }
    const start = initialPositions(
      graph,
      new Map([
        [1, [0, 0]],
        [2, [100, 0]],
      ]),
    )
    expect(start.get(1)).toEqual([0, 0])
    const [x, y] = start.get(3)!
    expect(Math.hypot(x - 50, y)).toBeCloseTo(30, 6)
    const lonely = start.get(4)!
    expect(Number.isFinite(lonely[0]) && Number.isFinite(lonely[1])).toBe(true)
    // The same graph gives the same start, so a layout can be repeated.
    expect(
      initialPositions(
        graph,
        new Map([
          [1, [0, 0]],
          [2, [100, 0]],
        ]),
      ),
    ).toEqual(start)
  })

  it('pushes apart actors drawn on top of each other', () => {
    const points: [number, number][] = [
      [0, 0],
      [0, 0],
      [5, 5],
      [300, 300],
    ]
    separate(points, 40)
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        expect(Math.hypot(points[i]![0] - points[j]![0], points[i]![1] - points[j]![1])).toBeGreaterThan(20)
      }
    }
    expect(points[3]).toEqual([300, 300])
  })

  it('refines small graphs longer and shows large ones sooner', () => {
    expect(iterationsFor(100)).toEqual({ total: 500, first: 100 })
    expect(iterationsFor(2000).first).toBeLessThan(iterationsFor(500).first)
  })
})
