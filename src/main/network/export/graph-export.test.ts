// Every data export written from one small network and read back: GraphML and
// GEXF by graphology's readers (same counts, attributes and dates), GEXF's
// spells with an XML parser, the CSV zip, Cytoscape.js JSON and FtM lines.
import { DOMParser } from '@xmldom/xmldom'
import { unzipSync, strFromU8 } from 'fflate'
import { MultiGraph } from 'graphology'
import { parse as parseGexf } from 'graphology-gexf/node'
import { parse as parseGraphml } from 'graphology-graphml/node'
import { describe, expect, it } from 'vitest'
import { OPEN_FILTER } from '@shared/network/graph-filter'
import { useTempDir } from '../../test-support/temp-dir'
import { openTestNetwork, type TestNetwork } from '../test-network'

const tempDir = useTempDir()

interface Built {
  net: TestNetwork
  ids: Record<'centcom' | 'interior' | 'is' | 'syria' | 'coalition' | 'mei', number>
  ties: Record<'joint' | 'attack' | 'member' | 'again', number>
}

async function build(): Promise<Built> {
  const net = await openTestNetwork(tempDir())
  const ids = {
    centcom: net.actor('US Central Command', 'government body', ['CENTCOM']),
    interior: net.actor('Syrian Interior Ministry', 'government body', ['وزارة الداخلية']),
    is: net.actor('Islamic State', 'armed group', ['Daesh']),
    syria: net.actor('Syria', 'country'),
    coalition: net.actor('International Coalition', 'organisation'),
    mei: net.actor('Middle East Institute', 'organisation'),
  }
  const sourceId = net.addSource('CENTCOM and the ministry destroyed depots. "Quoted", she said, = 1.')
  const passage = net.passage(sourceId, 'CENTCOM and the ministry destroyed depots.')
  const base = {
    place: null,
    description: '',
    confidence: 'high' as const,
    status: 'confirmed' as const,
    ongoing: false,
  }
  const create = (input: Parameters<TestNetwork['network']['ties']['create']>[0]) =>
    net.network.ties.create(input).id
  const ties = {
    joint: create({
      ...base,
      fromId: ids.centcom,
      toId: ids.interior,
      type: 'joint operation',
      startDate: '2025-11-24',
      endDate: '2025-11-27',
      evidenceIds: [passage],
      place: 'southern Syria',
      description: 'Depots, "15+"',
    }),
    attack: create({
      ...base,
      fromId: ids.is,
      toId: ids.syria,
      type: 'attack',
      startDate: '2025-12-13',
      endDate: null,
      status: 'alleged',
      evidenceIds: [],
    }),
    member: create({
      ...base,
      fromId: ids.syria,
      toId: ids.coalition,
      type: 'membership',
      startDate: '2025-11',
      endDate: null,
      ongoing: true,
      evidenceIds: [],
    }),
    again: create({
      ...base,
      fromId: ids.interior,
      toId: ids.centcom,
      type: 'joint operation',
      startDate: null,
      endDate: null,
      evidenceIds: [],
    }),
  }
  return { net, ids, ties }
}

const text = (data: Uint8Array) => new TextDecoder().decode(data)

describe('graph exports', () => {
  it('GraphML reads back with the same actors, ties, attributes, dates and metrics', async () => {
    const { net, ids, ties } = await build()
    try {
      const file = net.network.exports.export('graphml', null, { [ids.centcom]: [10, -20] })
      expect(file.fileName).toMatch(/network\.graphml$/)
      const graph = parseGraphml(MultiGraph, text(file.data))
      expect(graph.order).toBe(6) // The whole network keeps actors without ties.
      expect(graph.size).toBe(4)
      expect(graph.getNodeAttributes(`a${ids.interior}`)).toMatchObject({
        label: 'Syrian Interior Ministry',
        actor_type: 'government body',
        aliases: 'وزارة الداخلية',
        degree: 1,
        weighted_degree: 2,
      })
      expect(graph.getNodeAttributes(`a${ids.centcom}`)).toMatchObject({ x: 10, y: -20 })
      // Syria lies between the Islamic State and the coalition, both ways, of (6 - 1)(6 - 2) ordered pairs.
      expect(graph.getNodeAttribute(`a${ids.syria}`, 'betweenness')).toBeCloseTo(2 / 20, 9)
      const joint = graph.getEdgeAttributes(`t${ties.joint}`)
      expect(joint).toMatchObject({
        tie_type: 'joint operation',
        status: 'confirmed',
        start: '2025-11-24',
        end: '2025-11-27',
        place: 'southern Syria',
        description: 'Depots, "15+"',
        evidence: 1,
      })
      expect(graph.isDirected(`t${ties.attack}`)).toBe(true)
      expect(graph.isDirected(`t${ties.joint}`)).toBe(false)
      expect(graph.getEdgeAttributes(`t${ties.member}`)).toMatchObject({ start: '2025-11', ongoing: true })
    } finally {
      net.close()
    }
  })

  it('GEXF reads back with the same actors, ties and attributes, and carries dates as spells', async () => {
    const { net, ids, ties } = await build()
    try {
      const file = net.network.exports.export('gexf', null)
      const xml = text(file.data)
      const graph = parseGexf(MultiGraph, xml)
      expect(graph.order).toBe(6)
      expect(graph.size).toBe(4)
      expect(graph.getNodeAttributes(`a${ids.is}`)).toMatchObject({
        label: 'Islamic State',
        actor_type: 'armed group',
        aliases: 'Daesh',
      })
      expect(graph.getEdgeAttributes(`t${ties.joint}`)).toMatchObject({
        label: 'joint operation',
        start_date: '2025-11-24',
        end_date: '2025-11-27',
        evidence: 1,
      })
      expect(graph.getEdgeAttribute(`t${ties.attack}`, 'status')).toBe('alleged')

      const doc = new DOMParser().parseFromString(xml, 'application/xml')
      const spellOf = (id: string) => {
        const edge = [...Array.from(doc.getElementsByTagName('edge'))].find(
          (element) => element.getAttribute('id') === id,
        )!
        const spell = edge.getElementsByTagName('spell')[0]
        return spell ? [spell.getAttribute('start'), spell.getAttribute('end')] : null
      }
      expect(doc.getElementsByTagName('graph')[0]!.getAttribute('timeformat')).toBe('date')
      expect(spellOf(`t${ties.joint}`)).toEqual(['2025-11-24', '2025-11-27'])
      // A month-precise start that still holds: from the month's first day, open-ended.
      expect(spellOf(`t${ties.member}`)).toEqual(['2025-11-01', null])
      expect(spellOf(`t${ties.attack}`)).toEqual(['2025-12-13', '2025-12-13'])
      expect(spellOf(`t${ties.again}`)).toBeNull()
    } finally {
      net.close()
    }
  })

  it('exports only what the filter shows when given one', async () => {
    const { net } = await build()
    try {
      const file = net.network.exports.export('graphml', {
        ...OPEN_FILTER,
        from: '2025-12',
        to: '2025-12',
        includeUndated: false,
      })
      const graph = parseGraphml(MultiGraph, text(file.data))
      // December 2025: the attack and the membership that still holds.
      expect([graph.order, graph.size]).toEqual([3, 2])
      expect(file).toMatchObject({ nodeCount: 3, edgeCount: 2 })
    } finally {
      net.close()
    }
  })

  it('CSV, Cytoscape.js JSON and FollowTheMoney lines carry the same network', async () => {
    const { net, ids, ties } = await build()
    try {
      const zip = unzipSync(net.network.exports.export('csv', null).data)
      const nodes = strFromU8(zip['nodes.csv']!)
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n')
      const edges = strFromU8(zip['edges.csv']!)
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n')
      expect(nodes[0]).toBe(
        'id,label,type,aliases,degree,weighted_degree,betweenness,closeness,community,ties,evidence',
      )
      expect(nodes).toHaveLength(7)
      expect(edges).toHaveLength(5)
      expect(edges.find((line) => line.startsWith(`t${ties.joint},`))).toContain('"Depots, ""15+"""')

      const cyjs = JSON.parse(text(net.network.exports.export('cyjs', null, { [ids.syria]: [1, 2] }).data))
      expect(cyjs.elements.nodes).toHaveLength(6)
      expect(cyjs.elements.edges).toHaveLength(4)
      expect(
        cyjs.elements.nodes.find((node: { data: { id: string } }) => node.data.id === `a${ids.syria}`)
          .position,
      ).toEqual({ x: 1, y: 2 })

      const lines = text(net.network.exports.export('ftm', null).data)
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
      expect(lines).toHaveLength(10)
      expect(lines.find((entity) => entity.id === `weft-actor-${ids.centcom}`)).toEqual({
        id: `weft-actor-${ids.centcom}`,
        schema: 'PublicBody',
        properties: { name: ['US Central Command'], alias: ['CENTCOM'] },
      })
      expect(lines.find((entity) => entity.id === `weft-tie-${ties.member}`)).toMatchObject({
        schema: 'Membership',
        properties: {
          member: [`weft-actor-${ids.syria}`],
          organization: [`weft-actor-${ids.coalition}`],
          startDate: ['2025-11'],
        },
      })
      expect(lines.find((entity) => entity.id === `weft-tie-${ties.attack}`)).toMatchObject({
        schema: 'UnknownLink',
        properties: {
          subject: [`weft-actor-${ids.is}`],
          object: [`weft-actor-${ids.syria}`],
          role: ['attack'],
          status: ['alleged'],
        },
      })
    } finally {
      net.close()
    }
  })
})
