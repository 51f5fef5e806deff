import { afterEach, describe, expect, it } from 'vitest'
import { useTempDir } from '../test-support/temp-dir'
import { openTestLibrary, type TestLibrary } from './test-library'

const tempDir = useTempDir()
let open: TestLibrary | undefined
afterEach(() => {
  open?.close()
  open = undefined
})

const TEXT =
  'The Syrian Interior Ministry and the Ministry of Interior are one body. The Interior Ministry ran 61 raids; its General Security Directorate made 71 arrests.'

/** Every row an actor merge may touch, minus the timestamps a merge is allowed to change. */
function snapshot({ library }: TestLibrary) {
  const all = (sql: string) => library.db.prepare(sql).all()
  return {
    entities: all(
      'SELECT id, type, name, description, parent_id, attributes, merged_into FROM entities ORDER BY id',
    ),
    aliases: all('SELECT id, entity_id, name, kind, scanned_at FROM aliases ORDER BY id'),
    mentions: all('SELECT * FROM mentions ORDER BY passage_id, entity_id'),
    suggestions: all('SELECT * FROM mention_suggestions ORDER BY id'),
    merges: all('SELECT token FROM entity_merges'),
  }
}

async function ministries() {
  open = await openTestLibrary(tempDir())
  const { services, addSource } = open
  const source = addSource(TEXT)
  const keep = services.entities.create({
    name: 'Interior Ministry',
    type: 'government body',
    aliases: [{ name: 'MoI', kind: 'acronym' }],
  })
  const other = services.entities.create({
    name: 'Ministry of Interior',
    type: 'government body',
    aliases: [
      { name: 'Syrian Interior Ministry', kind: 'name' },
      { name: 'MoI', kind: 'acronym' },
    ],
  })
  const child = services.entities.create({
    name: 'General Security Directorate',
    type: 'government body',
    parentId: other.id,
  })
  await open.settled()
  const start = TEXT.indexOf('Ministry of Interior')
  const passage = services.passages.create({
    sourceId: source,
    start,
    end: start + 'Ministry of Interior'.length,
    entityIds: [other.id, keep.id],
  })
  const onlyOther = services.passages.create({ sourceId: source, start: 0, end: 3, entityIds: [other.id] })
  return { open, services, source, keep, other, child, passage, onlyOther }
}

describe('merging actors', () => {
  it('moves aliases, links, suggestions and children to the kept actor and hides the other', async () => {
    const { open, services, source, keep, other, child, onlyOther } = await ministries()
    const receipt = services.merges.merge(keep.id, other.id)
    expect(receipt).toMatchObject({ keptId: keep.id, mergedId: other.id })
    expect(receipt.undoToken).toMatch(/^[0-9a-f-]{36}$/)

    const kept = services.entities.get(keep.id)
    expect(kept.aliases.map((alias) => [alias.name, alias.kind])).toEqual([
      ['MoI', 'acronym'],
      ['Syrian Interior Ministry', 'name'],
      ['Ministry of Interior', 'name'],
    ])
    expect(kept.children.map((one) => one.id)).toEqual([child.id])
    expect(services.passages.get(onlyOther.id).entityIds).toEqual([keep.id])
    const suggestions = services.mentions.forSource(source)
    expect(suggestions.filter((one) => one.entityId === other.id)).toEqual([])
    expect(suggestions.filter((one) => one.entityId === keep.id).map((one) => one.exact)).toEqual([
      'Syrian Interior Ministry',
      'Interior Ministry',
      'Interior Ministry',
    ])
    expect(services.entities.list().map((actor) => actor.id)).not.toContain(other.id)
    expect(() => services.entities.get(other.id)).toThrow(/was merged into actor #/)
    expect(() => services.merges.merge(keep.id, other.id)).toThrow(/was merged into/)
    expect(open.eventsNamed('actors:changed').at(-1)).toEqual({ ids: [keep.id, other.id] })
  })

  it('is undone exactly with its token', async () => {
    const { open, services, keep, other } = await ministries()
    const before = snapshot(open)
    const { undoToken } = services.merges.merge(keep.id, other.id)
    expect(snapshot(open)).not.toEqual(before)
    expect(services.merges.unmerge(undoToken)).toEqual({ restoredId: other.id })
    await open.settled()
    expect(snapshot(open)).toEqual(before)
    expect(() => services.merges.unmerge(undoToken)).toThrow(/cannot be undone any more/)
  })

  it('gives the kept actor its grandparent when it was the merged actor’s child', async () => {
    const { services } = await ministries()
    const government = services.entities.create({ name: 'Syrian government', type: 'government body' })
    const ministry = services.entities.create({
      name: 'MoI (old record)',
      type: 'government body',
      parentId: government.id,
    })
    const directorate = services.entities.create({
      name: 'GSD',
      type: 'government body',
      parentId: ministry.id,
    })
    const { undoToken } = services.merges.merge(directorate.id, ministry.id)
    expect(services.entities.get(directorate.id).parent).toEqual({
      id: government.id,
      name: 'Syrian government',
    })
    services.merges.unmerge(undoToken)
    expect(services.entities.get(directorate.id).parent?.id).toBe(ministry.id)
  })

  it('refuses to merge an actor into itself', async () => {
    const { services, keep } = await ministries()
    expect(() => services.merges.merge(keep.id, keep.id)).toThrow(/into itself/)
  })
})

describe('splitting an alias off', () => {
  it('makes an actor of the same type from the alias and moves its open suggestions', async () => {
    const { open, services, source, other } = await ministries()
    const alias = services.entities
      .get(other.id)
      .aliases.find((one) => one.name === 'Syrian Interior Ministry')!
    const before = services.mentions
      .forSource(source)
      .filter((one) => one.alias === 'Syrian Interior Ministry')
    expect(before).toHaveLength(1)

    const split = services.merges.splitAlias(alias.id)
    expect(split).toMatchObject({ name: 'Syrian Interior Ministry', type: 'government body', aliases: [] })
    expect(services.entities.get(other.id).aliases.map((one) => one.name)).toEqual(['MoI'])
    const moved = services.mentions.forEntity(split.id, 'open')
    expect(moved.map((one) => [one.id, one.exact])).toEqual([[before[0]!.id, 'Syrian Interior Ministry']])

    // A rescan of the source keeps the split: nothing goes back to the original actor.
    await open.settled()
    const afterRescan = services.mentions.forSource(source)
    expect(afterRescan.filter((one) => one.entityId === other.id)).toEqual([])
    expect(afterRescan.filter((one) => one.entityId === split.id).map((one) => one.id)).toEqual([
      before[0]!.id,
    ])
  })

  it('says when the alias is gone', async () => {
    const { services } = await ministries()
    expect(() => services.merges.splitAlias(9999)).toThrow(/no alias #9999/)
  })
})
