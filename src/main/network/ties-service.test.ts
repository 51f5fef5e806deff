import { describe, expect, it } from 'vitest'
import { useTempDir } from '../test-support/temp-dir'
import { openTestNetwork, type TestNetwork } from './test-network'

const tempDir = useTempDir()

const DEPOTS =
  'US Central Command said its forces and the Syrian Interior Ministry destroyed more than 15 Islamic State weapons depots in southern Syria between 24 and 27 November.'

async function withNetwork(run: (net: TestNetwork) => Promise<void> | void): Promise<void> {
  const net = await openTestNetwork(tempDir())
  try {
    await run(net)
  } finally {
    net.close()
  }
}

const base = {
  startDate: null,
  endDate: null,
  ongoing: false,
  status: 'reported' as const,
  confidence: 'medium' as const,
  place: null,
  description: '',
  evidenceIds: [],
}

describe('ties', () => {
  it('records a tie with its evidence, dates and the type direction, and lists it for both actors', () =>
    withNetwork((net) => {
      const centcom = net.actor('US Central Command')
      const interior = net.actor('Syrian Interior Ministry', 'government body')
      const other = net.actor('Islamic State', 'armed group')
      const sourceId = net.addSource(DEPOTS, { title: 'Depots destroyed', publishedDate: '2025-11-28' })
      const passageId = net.passage(
        sourceId,
        'US Central Command said its forces and the Syrian Interior Ministry destroyed',
      )

      const tie = net.network.ties.create({
        ...base,
        fromId: centcom,
        toId: interior,
        type: 'Joint Operation',
        startDate: '2025-11-24',
        endDate: '2025-11-27',
        place: '  southern Syria ',
        evidenceIds: [passageId, passageId],
      })
      expect(tie).toMatchObject({
        type: 'joint operation',
        directed: false,
        fromName: 'US Central Command',
        toName: 'Syrian Interior Ministry',
        toType: 'government body',
        place: 'southern Syria',
        evidenceIds: [passageId],
      })
      expect(tie.evidence).toHaveLength(1)
      expect(tie.evidence[0]).toMatchObject({ sourceTitle: 'Depots destroyed', sourceDate: '2025-11-28' })

      const attack = net.network.ties.create({ ...base, fromId: other, toId: interior, type: 'attack' })
      expect(attack.directed).toBe(true)
      expect(net.network.ties.list(interior).map((entry) => entry.id)).toEqual([tie.id, attack.id])
      expect(net.network.ties.list(centcom).map((entry) => entry.id)).toEqual([tie.id])
      expect(net.eventsNamed('actors:changed').at(-1)).toEqual({ ids: [other, interior] })
    }))

  it('refuses a tie to itself, unknown types, dates out of order and deleted evidence, saying what to do', () =>
    withNetwork((net) => {
      const a = net.actor('Jordan', 'country')
      const b = net.actor('Iraq', 'country')
      expect(() => net.network.ties.create({ ...base, fromId: a, toId: a, type: 'coordination' })).toThrow(
        /two different actors/,
      )
      expect(() => net.network.ties.create({ ...base, fromId: a, toId: b, type: 'friendship' })).toThrow(
        /no tie type "friendship".*coordination/,
      )
      expect(() =>
        net.network.ties.create({
          ...base,
          fromId: a,
          toId: b,
          type: 'coordination',
          startDate: '2025-11',
          endDate: '2025-03',
        }),
      ).toThrow(/ends \(2025-03\) before it starts/)
      const sourceId = net.addSource('Jordan and Iraq met.')
      const passageId = net.passage(sourceId, 'Jordan and Iraq met.')
      net.services.passages.delete(passageId)
      expect(() =>
        net.network.ties.create({
          ...base,
          fromId: a,
          toId: b,
          type: 'coordination',
          evidenceIds: [passageId],
        }),
      ).toThrow(new RegExp(`no passage #${passageId}`))
    }))

  it('edits, deletes and restores a tie, and adds and removes evidence later', () =>
    withNetwork((net) => {
      const a = net.actor('Syria', 'country')
      const b = net.actor('International Coalition')
      const sourceId = net.addSource('Syria joined the coalition. It became the 90th partner.')
      const first = net.passage(sourceId, 'Syria joined the coalition.')
      const second = net.passage(sourceId, 'It became the 90th partner.')
      const tie = net.network.ties.create({ ...base, fromId: a, toId: b, type: 'membership', endDate: null })

      const edited = net.network.ties.update(tie.id, {
        startDate: '2025-11',
        ongoing: true,
        status: 'confirmed',
      })
      expect(edited).toMatchObject({
        startDate: '2025-11',
        ongoing: true,
        status: 'confirmed',
        type: 'membership',
      })
      expect(
        net.network.ties.addEvidence(tie.id, [second, first]).evidence.map((passage) => passage.id),
      ).toEqual([first, second])
      expect(net.network.ties.removeEvidence(tie.id, first).evidenceIds).toEqual([second])

      const { undoToken } = net.network.ties.delete(tie.id)
      expect(net.network.ties.list()).toEqual([])
      expect(() => net.network.ties.get(tie.id)).toThrow(/no tie/)
      expect(net.network.ties.restore(undoToken).id).toBe(tie.id)
      expect(() => net.network.ties.restore(undoToken)).toThrow(/cannot be brought back/)
    }))

  it("counts a merged actor's ties as the kept actor's, and gives them back when the merge is undone", () =>
    withNetwork((net) => {
      const interior = net.actor('Syrian Interior Ministry')
      const duplicate = net.actor('Ministry of Interior')
      const gid = net.actor('General Intelligence Directorate')
      const tie = net.network.ties.create({ ...base, fromId: duplicate, toId: gid, type: 'coordination' })
      const receipt = net.services.merges.merge(interior, duplicate)
      expect(net.network.ties.list(interior).map((entry) => [entry.fromId, entry.fromName])).toEqual([
        [interior, 'Syrian Interior Ministry'],
      ])
      expect(net.network.network.data().ties.map((entry) => [entry.from, entry.to])).toEqual([
        [interior, gid],
      ])
      // Edited while merged, the tie still belongs to the merged actor once the merge is undone.
      expect(net.network.ties.update(tie.id, { status: 'confirmed' }).fromId).toBe(interior)
      net.services.merges.unmerge(receipt.undoToken)
      expect(net.network.ties.get(tie.id)).toMatchObject({ fromId: duplicate, status: 'confirmed' })
    }))
})

describe('tie types', () => {
  it('adds, renames (ties follow), recolours, and removes only unused types', () =>
    withNetwork((net) => {
      const types = net.network.types
      expect(types.list()).toHaveLength(11)
      expect(types.add('Ceasefire talks', '#AA3300', false)).toMatchObject({
        name: 'Ceasefire talks',
        color: '#aa3300',
        builtin: false,
      })
      expect(() => types.add('ceasefire TALKS', '#000000', false)).toThrow(
        /already a tie type "Ceasefire talks"/,
      )
      const tie = net.network.ties.create({
        ...base,
        fromId: net.actor('A'),
        toId: net.actor('B'),
        type: 'ceasefire talks',
      })
      expect(() => types.delete('Ceasefire talks')).toThrow(/type of 1 tie/)
      expect(types.update('Ceasefire talks', { name: 'Negotiation', color: '#123456' })).toMatchObject({
        name: 'Negotiation',
        color: '#123456',
        tieCount: 1,
      })
      expect(net.network.ties.get(tie.id).type).toBe('Negotiation')
      net.network.ties.update(tie.id, { type: 'rivalry' })
      expect(types.delete('negotiation')).toBe(true)
    }))
})
