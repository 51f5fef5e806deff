import { afterEach, describe, expect, it } from 'vitest'
import { useTempDir } from '../test-support/temp-dir'
import { openTestLibrary, type TestLibrary } from './test-library'

const tempDir = useTempDir()
let open: TestLibrary | undefined
afterEach(() => {
  open?.close()
  open = undefined
})

async function library(): Promise<TestLibrary> {
  open = await openTestLibrary(tempDir())
  return open
}

describe('actor types', () => {
  it('lists the eight built-in types and adds the researcher’s own', async () => {
    const { services, eventsNamed } = await library()
    expect(services.entities.listTypes().map((type) => type.name)).toEqual([
      'person',
      'organisation',
      'government body',
      'armed group',
      'country',
      'place',
      'event',
      'other',
    ])
    expect(services.entities.addType('think tank')).toEqual({ name: 'think tank', builtin: false })
    expect(services.entities.listTypes().at(-1)).toEqual({ name: 'think tank', builtin: false })
    expect(() => services.entities.addType('Think Tank')).toThrow(/already an actor type "think tank"/)
    expect(eventsNamed('actors:changed')).toHaveLength(1)
  })
})

describe('actors', () => {
  it('creates an actor with typed aliases, a description, a parent and attributes', async () => {
    const { services } = await library()
    const ministry = services.entities.create({ name: 'Interior Ministry', type: 'Government Body' })
    const directorate = services.entities.create({
      name: 'General Security Directorate',
      type: 'government body',
      aliases: [
        { name: 'GSD', kind: 'acronym' },
        { name: 'General Security', kind: 'name' },
        { name: 'GSD', kind: 'acronym' },
      ],
      description: 'Internal security arm of the Interior Ministry.',
      parentId: ministry.id,
      attributes: { founded: '2025' },
    })
    expect(ministry.type).toBe('government body')
    expect(directorate.aliases.map((alias) => [alias.name, alias.kind])).toEqual([
      ['GSD', 'acronym'],
      ['General Security', 'name'],
    ])
    const read = services.entities.get(directorate.id)
    expect(read).toMatchObject({
      name: 'General Security Directorate',
      description: 'Internal security arm of the Interior Ministry.',
      attributes: { founded: '2025' },
      parent: { id: ministry.id, name: 'Interior Ministry' },
      children: [],
      passageCount: 0,
      sourceCount: 0,
      tieCount: 0,
    })
    expect(services.entities.get(ministry.id).children).toEqual([
      { id: directorate.id, name: 'General Security Directorate', type: 'government body' },
    ])
  })

  it('refuses unknown types and missing parents with messages that say what to do', async () => {
    const { services } = await library()
    expect(() => services.entities.create({ name: 'X', type: 'spaceship' })).toThrow(
      /no actor type "spaceship". Use one of: person, organisation/,
    )
    expect(() => services.entities.create({ name: 'X', type: 'person', parentId: 99 })).toThrow(
      /no actor #99 to be the parent/,
    )
  })

  it('refuses a parent that would make a loop', async () => {
    const { services } = await library()
    const ministry = services.entities.create({ name: 'Interior Ministry', type: 'government body' })
    const directorate = services.entities.create({
      name: 'General Security Directorate',
      type: 'government body',
      parentId: ministry.id,
    })
    const unit = services.entities.create({
      name: 'Reconnaissance unit',
      type: 'government body',
      parentId: directorate.id,
    })
    expect(() => services.entities.update(ministry.id, { parentId: unit.id })).toThrow(
      /"Interior Ministry" cannot be part of "Reconnaissance unit": "Reconnaissance unit" is already part of "Interior Ministry"/,
    )
    expect(() => services.entities.update(ministry.id, { parentId: ministry.id })).toThrow(/part of itself/)
    // Moving the unit directly under the ministry is fine.
    expect(services.entities.update(unit.id, { parentId: ministry.id }).parent).toEqual({
      id: ministry.id,
      name: 'Interior Ministry',
    })
  })

  it('updates name, type, description and attributes', async () => {
    const { services, eventsNamed } = await library()
    const actor = services.entities.create({ name: 'Defence Ministry', type: 'organisation' })
    const updated = services.entities.update(actor.id, {
      name: 'Syrian Defense Ministry',
      type: 'government body',
      description: 'Runs the army.',
      attributes: { minister: 'Murhaf Abu Qasra' },
    })
    expect(updated).toMatchObject({
      name: 'Syrian Defense Ministry',
      type: 'government body',
      description: 'Runs the army.',
      attributes: { minister: 'Murhaf Abu Qasra' },
    })
    expect(eventsNamed('actors:changed').at(-1)).toEqual({ ids: [actor.id] })
  })

  it('lists live actors by name with passage and source counts', async () => {
    const { services, addSource } = await library()
    const one = addSource('CENTCOM and the Interior Ministry destroyed depots.')
    const two = addSource('The Interior Ministry ran 61 raids.')
    const ministry = services.entities.create({ name: 'Interior Ministry', type: 'government body' })
    const centcom = services.entities.create({ name: 'CENTCOM', type: 'armed group' })
    services.passages.create({ sourceId: one, start: 0, end: 7, entityIds: [centcom.id] })
    services.passages.create({ sourceId: one, start: 16, end: 33, entityIds: [ministry.id] })
    services.passages.create({ sourceId: two, start: 4, end: 21, entityIds: [ministry.id] })
    const deleted = services.passages.create({ sourceId: two, start: 0, end: 3, entityIds: [ministry.id] })
    services.passages.delete(deleted.id)
    expect(
      services.entities.list().map((actor) => [actor.name, actor.passageCount, actor.sourceCount]),
    ).toEqual([
      ['CENTCOM', 1, 1],
      ['Interior Ministry', 2, 2],
    ])
  })

  it('adds and removes aliases, refusing duplicates', async () => {
    const { services } = await library()
    const actor = services.entities.create({ name: 'Islamic State', type: 'armed group' })
    const alias = services.entities.addAlias(actor.id, { name: 'Daesh', kind: 'nickname' })
    expect(services.entities.get(actor.id).aliases).toEqual([alias])
    expect(() => services.entities.addAlias(actor.id, { name: 'Daesh', kind: 'name' })).toThrow(/already has/)
    expect(() => services.entities.addAlias(actor.id, { name: 'Islamic State', kind: 'name' })).toThrow(
      /already has/,
    )
    expect(services.entities.removeAlias(alias.id)).toBe(true)
    expect(services.entities.removeAlias(alias.id)).toBe(false)
    expect(services.entities.get(actor.id).aliases).toEqual([])
  })

  it('deletes an actor with its links but keeps the passages, and frees its children', async () => {
    const { services, addSource, eventsNamed } = await library()
    const source = addSource('The Interior Ministry said.')
    const ministry = services.entities.create({ name: 'Interior Ministry', type: 'government body' })
    const child = services.entities.create({ name: 'GSD', type: 'government body', parentId: ministry.id })
    const passage = services.passages.create({
      sourceId: source,
      start: 4,
      end: 21,
      entityIds: [ministry.id],
    })
    expect(services.entities.delete(ministry.id)).toBe(true)
    expect(services.entities.delete(ministry.id)).toBe(false)
    expect(() => services.entities.get(ministry.id)).toThrow(/no actor #/)
    expect(services.passages.get(passage.id).entityIds).toEqual([])
    expect(services.entities.get(child.id).parent).toBeNull()
    expect(eventsNamed('passages:changed').at(-1)).toEqual({ sourceIds: [source] })
  })
})
