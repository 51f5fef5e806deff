import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../test-support/temp-dir'
import { openTestNetwork } from '../test-network'

const tempDir = useTempDir()

const TEXT =
  'The Syrian Interior Ministry said its directorate made 71 arrests, in coordination with the General Intelligence Directorate. The ministry met CENTCOM on Tuesday.'

describe('tie suggestions', () => {
  it('offers a cue sentence naming two known actors; accepting makes a passage and a tie, rejecting is remembered', async () => {
    const net = await openTestNetwork(tempDir())
    try {
      const interior = net.actor('Syrian Interior Ministry', 'government body', ['Interior Ministry'])
      const gid = net.actor('General Intelligence Directorate', 'government body')
      net.actor('CENTCOM', 'government body')
      const sourceId = net.addSource(TEXT, { title: 'Arrests', publishedDate: '2025-12-02' })
      await net.services.scans.rescanAll()

      const open = net.network.suggestions.list('open')
      expect(open).toHaveLength(1)
      const [suggestion] = open
      expect(suggestion).toMatchObject({
        sourceId,
        sourceTitle: 'Arrests',
        fromId: interior,
        fromName: 'Syrian Interior Ministry',
        toId: gid,
        toName: 'General Intelligence Directorate',
        type: 'coordination',
        cue: 'in coordination with',
        status: 'open',
      })
      expect(suggestion!.sentence.startsWith('The Syrian Interior Ministry said')).toBe(true)

      const tie = net.network.suggestions.accept(suggestion!.id, { status: 'confirmed' })
      expect(tie).toMatchObject({
        fromId: interior,
        toId: gid,
        type: 'coordination',
        status: 'confirmed',
        startDate: '2025-12-02',
      })
      expect(tie.evidence).toHaveLength(1)
      expect(tie.evidence[0]).toMatchObject({
        exact: suggestion!.sentence,
        entityIds: expect.arrayContaining([interior, gid]),
      })
      expect(net.network.suggestions.list('open')).toEqual([])
      expect(net.network.suggestions.list('accepted').map((entry) => entry.tieId)).toEqual([tie.id])
      expect(() => net.network.suggestions.accept(suggestion!.id, {})).toThrow(/accepted already/)
    } finally {
      net.close()
    }
  })

  it('looks again when a source changes, and never offers a rejected suggestion again', async () => {
    const net = await openTestNetwork(tempDir())
    try {
      net.actor('Syrian Interior Ministry', 'government body')
      net.actor('General Intelligence Directorate', 'government body')
      net.addSource(TEXT)
      await net.services.scans.rescanAll()
      const [suggestion] = net.network.suggestions.list('open')
      expect(net.network.suggestions.reject(suggestion!.id)).toBe(true)
      expect(net.network.suggestions.list('open')).toEqual([])

      // A second source with the same kind of sentence is read; the rejected one stays rejected.
      // (The scan that served the first rescan must have finished, or the scheduler drops the second.)
      await net.settled()
      net.addSource(
        `${TEXT} Also: the General Intelligence Directorate worked jointly with the Syrian Interior Ministry.`,
      )
      await net.services.scans.rescanAll()
      const open = net.network.suggestions.list('open')
      expect(open.map((entry) => entry.type).sort()).toEqual(['coordination', 'joint operation'])
      expect(net.network.suggestions.list('rejected').map((entry) => entry.id)).toEqual([suggestion!.id])
      expect(net.network.suggestions.refresh()).toBe(0)
    } finally {
      net.close()
    }
  })
})
