import { afterEach, describe, expect, it } from 'vitest'
import { useTempDir } from '../test-support/temp-dir'
import { openTestLibrary, type TestLibrary } from './test-library'

const tempDir = useTempDir()
let open: TestLibrary | undefined
afterEach(() => {
  open?.close()
  open = undefined
})

const PALMYRA =
  'A gunman suspected of IS links attacked a joint US-Syrian patrol near Palmyra. This is the first such attack, ' +
  "officials said; ISIS, as the Islamic State is also called, did not claim it. Al-Shar'a's office condemned it, " +
  'and President al-Sharaa called the families. Intelligence sharing with partners continues under Sharia-compliant rules.'

async function library(): Promise<TestLibrary> {
  open = await openTestLibrary(tempDir())
  return open
}

const found = (lib: TestLibrary, sourceId: number) =>
  lib.services.mentions.forSource(sourceId).map((one) => [one.entityId, one.exact, one.alias])

describe('mention suggestions', () => {
  it('finds every spelling of a name, precisely, in a new source, and says why', async () => {
    const lib = await library()
    const sharaa = lib.services.entities.create({
      name: 'Ahmed al-Sharaa',
      type: 'person',
      aliases: [{ name: 'al-Sharaa', kind: 'transliteration' }],
    })
    const state = lib.services.entities.create({
      name: 'Islamic State',
      type: 'armed group',
      aliases: [{ name: 'IS', kind: 'acronym' }],
    })
    await lib.settled()
    const source = lib.addSource(PALMYRA)
    await lib.settled()
    expect(found(lib, source)).toEqual([
      [state.id, 'IS', 'IS'],
      [state.id, 'Islamic State', 'Islamic State'],
      [sharaa.id, "Al-Shar'a", 'al-Sharaa'],
      [sharaa.id, 'al-Sharaa', 'al-Sharaa'],
    ])
    const [written] = lib.services.mentions.forSource(source).filter((one) => one.exact === "Al-Shar'a")
    expect(written!.reasons).toEqual([
      'possessive ’s',
      'apostrophe or ʿ/ʾ mark',
      'doubled letters (aa/a, ee/i)',
    ])
    expect(lib.eventsNamed('mentions:changed').at(-1)).toEqual({
      sourceIds: [source],
      entityIds: [state.id, sharaa.id],
    })
  })

  it('scans a new alias across every source at once, and drops its suggestions when it is removed', async () => {
    const lib = await library()
    const first = lib.addSource('Daesh fighters fled. The Islamic State regrouped.')
    const second = lib.addSource('Locals still say DAESH.')
    const state = lib.services.entities.create({ name: 'Islamic State', type: 'armed group' })
    await lib.settled()
    expect(found(lib, first)).toEqual([[state.id, 'Islamic State', 'Islamic State']])
    expect(found(lib, second)).toEqual([])

    const daesh = lib.services.entities.addAlias(state.id, { name: 'Daesh', kind: 'nickname' })
    await lib.settled()
    expect(found(lib, first)).toEqual([
      [state.id, 'Daesh', 'Daesh'],
      [state.id, 'Islamic State', 'Islamic State'],
    ])
    expect(found(lib, second)).toEqual([[state.id, 'DAESH', 'Daesh']])

    lib.services.entities.removeAlias(daesh.id)
    expect(found(lib, first)).toEqual([[state.id, 'Islamic State', 'Islamic State']])
    expect(found(lib, second)).toEqual([])
    await lib.settled()
    expect(found(lib, first)).toEqual([[state.id, 'Islamic State', 'Islamic State']])
  })

  it('remembers a rejection: no rescan offers it again', async () => {
    const lib = await library()
    const source = lib.addSource('The SDF and the coalition. The SDF again.')
    const sdf = lib.services.entities.create({
      name: 'Syrian Democratic Forces',
      type: 'armed group',
      aliases: [{ name: 'SDF', kind: 'acronym' }],
    })
    await lib.settled()
    const [first, second] = lib.services.mentions.forSource(source)
    expect(lib.services.mentions.reject(first!.id)).toBe(true)
    expect(lib.services.mentions.reject(first!.id)).toBe(false)
    expect(lib.services.mentions.forSource(source).map((one) => one.id)).toEqual([second!.id])

    const summary = await lib.services.scans.rescanAll()
    expect(summary).toMatchObject({ sources: 1, names: 2, stored: 0 })
    expect(lib.services.mentions.forSource(source).map((one) => one.id)).toEqual([second!.id])
    lib.services.entities.addAlias(sdf.id, { name: 'S.D.F.', kind: 'acronym' })
    await lib.settled()
    expect(lib.services.mentions.forEntity(sdf.id, 'rejected').map((one) => one.id)).toEqual([first!.id])
    expect(lib.services.mentions.forSource(source).map((one) => one.id)).toEqual([second!.id])
  })

  it('undoes a rejection: the suggestion is offered again, and a rescan keeps it open', async () => {
    const lib = await library()
    const source = lib.addSource('The SDF and the coalition. The SDF again.')
    const sdf = lib.services.entities.create({
      name: 'Syrian Democratic Forces',
      type: 'armed group',
      aliases: [{ name: 'SDF', kind: 'acronym' }],
    })
    await lib.settled()
    const [first, second] = lib.services.mentions.forSource(source)
    lib.services.mentions.reject(first!.id)
    expect(lib.services.mentions.unreject(first!.id)).toBe(true)
    expect(lib.eventsNamed('mentions:changed').at(-1)).toEqual({ sourceIds: [source], entityIds: [sdf.id] })
    expect(lib.services.mentions.unreject(first!.id)).toBe(false)
    expect(lib.services.mentions.forSource(source).map((one) => one.id)).toEqual([first!.id, second!.id])
    expect(lib.services.mentions.forEntity(sdf.id, 'rejected')).toEqual([])

    await lib.services.scans.rescanAll()
    expect(lib.services.mentions.forSource(source).map((one) => one.id)).toEqual([first!.id, second!.id])

    // Accepted since: undoing the rejection would take the passage away, so it is refused.
    lib.services.mentions.accept(first!.id)
    expect(() => lib.services.mentions.unreject(first!.id)).toThrow(/accepted since: it is a passage now/)
    expect(() => lib.services.mentions.unreject(999_999)).toThrow(/There is no suggestion #999999/)
  })

  it('accepts a suggestion as a passage linked to its actor, reusing a passage at the same span', async () => {
    const lib = await library()
    const source = lib.addSource('CENTCOM said CENTCOM forces and the Interior Ministry acted.')
    const centcom = lib.services.entities.create({ name: 'CENTCOM', type: 'armed group' })
    const ministry = lib.services.entities.create({ name: 'Interior Ministry', type: 'government body' })
    await lib.settled()
    const [first] = lib.services.mentions.forSource(source)
    const passage = lib.services.mentions.accept(first!.id)
    expect(passage).toMatchObject({
      sourceId: source,
      start: 0,
      end: 7,
      exact: 'CENTCOM',
      entityIds: [centcom.id],
    })
    expect(
      lib.library.db.prepare('SELECT origin FROM mentions WHERE passage_id = ?').pluck().get(passage.id),
    ).toBe('suggestion')
    expect(lib.services.mentions.accept(first!.id).id).toBe(passage.id)
    expect(lib.services.mentions.forEntity(centcom.id, 'accepted')).toMatchObject([
      { id: first!.id, passageId: passage.id },
    ])
    expect(() => lib.services.mentions.reject(first!.id)).toThrow(/accepted: it is a passage now/)

    // A passage the researcher made at a suggested span is reused, not duplicated.
    const text = lib.library.sources.get(source)!.text
    const at = text.indexOf('Interior Ministry')
    const own = lib.services.passages.create({
      sourceId: source,
      start: at,
      end: at + 'Interior Ministry'.length,
    })
    const suggestion = lib.services.mentions.forEntity(ministry.id, 'open')[0]!
    expect(lib.services.mentions.accept(suggestion.id).id).toBe(own.id)
  })

  it('accepts all of a source’s suggestions, or all of one actor’s', async () => {
    const lib = await library()
    const source = lib.addSource('Jordan, Iraq and Lebanon met in Amman; Jordan hosted.')
    const jordan = lib.services.entities.create({ name: 'Jordan', type: 'country' })
    const iraq = lib.services.entities.create({ name: 'Iraq', type: 'country' })
    lib.services.entities.create({ name: 'Lebanon', type: 'country' })
    await lib.settled()
    expect(lib.services.mentions.acceptAllInSource(source, jordan.id)).toEqual({ accepted: 2 })
    expect(lib.services.passages.forEntity(jordan.id)).toHaveLength(2)
    expect(lib.services.passages.forEntity(iraq.id)).toHaveLength(0)
    expect(lib.services.mentions.acceptAllInSource(source, null)).toEqual({ accepted: 2 })
    expect(lib.services.mentions.forSource(source)).toEqual([])
    expect(lib.services.passages.forSource(source)).toHaveLength(4)
  })

  it('does not offer what a passage linked to the same actor covers, and offers it again when unlinked', async () => {
    const lib = await library()
    const source = lib.addSource('The Interior Ministry said the Interior Ministry would act.')
    const ministry = lib.services.entities.create({ name: 'Interior Ministry', type: 'government body' })
    const other = lib.services.entities.create({ name: 'Ministry', type: 'government body' })
    const passage = lib.services.passages.create({
      sourceId: source,
      start: 0,
      end: 21,
      entityIds: [ministry.id],
    })
    await lib.settled()
    // The first mention is covered by the passage; the other actor's suggestion inside it still stands.
    expect(found(lib, source)).toEqual([
      [other.id, 'Ministry', 'Ministry'],
      [ministry.id, 'Interior Ministry', 'Interior Ministry'],
      [other.id, 'Ministry', 'Ministry'],
    ])
    lib.services.passages.unlink(passage.id, ministry.id)
    expect(found(lib, source)).toHaveLength(4)
    lib.services.passages.link(passage.id, ministry.id)
    expect(found(lib, source)).toHaveLength(3)
    const { undoToken } = lib.services.passages.delete(passage.id)
    expect(found(lib, source)).toHaveLength(4)
    lib.services.passages.restore(undoToken)
    expect(found(lib, source)).toHaveLength(3)
  })

  it('matches acronyms only as whole words in their case, in real text', async () => {
    const lib = await library()
    const source = lib.addSource(PALMYRA)
    const state = lib.services.entities.create({
      name: 'Islamic State',
      type: 'armed group',
      aliases: [{ name: 'IS', kind: 'acronym' }],
    })
    await lib.settled()
    const acronyms = lib.services.mentions.forSource(source).filter((one) => one.alias === 'IS')
    expect(acronyms.map((one) => [one.entityId, one.start, one.exact])).toEqual([
      [state.id, PALMYRA.indexOf('IS links'), 'IS'],
    ])
  })

  it('follows a renamed actor: the old name’s suggestions go, the new name is looked for', async () => {
    const lib = await library()
    const source = lib.addSource('The Defense Ministry and the Ministry of Defence.')
    const actor = lib.services.entities.create({ name: 'Defense Ministry', type: 'government body' })
    await lib.settled()
    expect(found(lib, source)).toEqual([[actor.id, 'Defense Ministry', 'Defense Ministry']])
    lib.services.entities.update(actor.id, { name: 'Ministry of Defence' })
    await lib.settled()
    expect(found(lib, source)).toEqual([[actor.id, 'Ministry of Defence', 'Ministry of Defence']])
  })

  it('says when a suggestion or its actor is gone', async () => {
    const lib = await library()
    expect(() => lib.services.mentions.accept(77)).toThrow(/no suggestion #77/)
    expect(() => lib.services.mentions.forEntity(5, 'open')).toThrow(/no actor #5/)
    expect(() => lib.services.mentions.forSource(5)).toThrow(/no source #5/)
  })
})
