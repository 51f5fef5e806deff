import { createHash } from 'node:crypto'
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
  'US Central Command said on Monday that its forces and the Syrian Interior Ministry destroyed more than 15 weapons depots in southern Syria between 24 and 27 November.'

async function withSource() {
  open = await openTestLibrary(tempDir())
  const source = open.addSource(TEXT, {
    title: 'Joint raids',
    publisher: 'Agency',
    publishedDate: '2025-11-28',
  })
  const ministry = open.services.entities.create({
    name: 'Syrian Interior Ministry',
    type: 'government body',
  })
  const centcom = open.services.entities.create({ name: 'US Central Command', type: 'armed group' })
  return { ...open, source, ministry, centcom }
}

const span = (text: string) => ({ start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length })

describe('passages', () => {
  it('stores the span as W3C selectors with the source’s content hash', async () => {
    const { services, library, source, ministry } = await withSource()
    const passage = services.passages.create({
      sourceId: source,
      ...span('the Syrian Interior Ministry destroyed'),
      entityIds: [ministry.id],
      comment: 'Joint operation',
      color: '#f5c542',
    })
    expect(passage).toMatchObject({
      sourceId: source,
      exact: 'the Syrian Interior Ministry destroyed',
      prefix: 'd on Monday that its forces and ',
      suffix: ' more than 15 weapons depots in ',
      status: 'anchored',
      comment: 'Joint operation',
      color: '#f5c542',
      entityIds: [ministry.id],
    })
    expect(passage.prefix).toHaveLength(32)
    const stored = library.db
      .prepare('SELECT content_hash FROM passages WHERE id = ?')
      .pluck()
      .get(passage.id)
    expect(stored).toBe(library.sources.get(source)!.contentHash)
    expect(stored).toBe(createHash('sha256').update(TEXT).digest('hex'))
  })

  it('refuses spans outside the text and unknown sources or actors', async () => {
    const { services, source } = await withSource()
    expect(() => services.passages.create({ sourceId: source, start: 150, end: 400 })).toThrow(
      /outside source #1 “Joint raids”, whose text is 166 characters long/,
    )
    expect(() => services.passages.create({ sourceId: 99, start: 0, end: 4 })).toThrow(/no source #99/)
    expect(() => services.passages.create({ sourceId: source, start: 0, end: 4, entityIds: [42] })).toThrow(
      /no actor #42/,
    )
  })

  it('links and unlinks actors, and edits the comment and colour', async () => {
    const { services, source, ministry, centcom, eventsNamed } = await withSource()
    const passage = services.passages.create({ sourceId: source, ...span('US Central Command') })
    expect(services.passages.link(passage.id, centcom.id).entityIds).toEqual([centcom.id])
    expect(services.passages.link(passage.id, ministry.id).entityIds.sort()).toEqual(
      [ministry.id, centcom.id].sort(),
    )
    expect(services.passages.unlink(passage.id, ministry.id).entityIds).toEqual([centcom.id])
    expect(services.passages.update(passage.id, { comment: 'Who announced it' })).toMatchObject({
      comment: 'Who announced it',
      color: null,
    })
    expect(services.passages.update(passage.id, { color: '#aabbcc' })).toMatchObject({
      comment: 'Who announced it',
      color: '#aabbcc',
    })
    expect(services.passages.update(passage.id, { comment: null }).comment).toBeNull()
    expect(eventsNamed('passages:changed').every((event) => event.sourceIds[0] === source)).toBe(true)
  })

  it('lists a source’s passages in reading order', async () => {
    const { services, source } = await withSource()
    const late = services.passages.create({ sourceId: source, ...span('southern Syria') })
    const early = services.passages.create({ sourceId: source, ...span('US Central Command') })
    const middle = services.passages.create({ sourceId: source, ...span('weapons depots') })
    expect(services.passages.forSource(source).map((passage) => passage.id)).toEqual([
      early.id,
      middle.id,
      late.id,
    ])
  })

  it('lists an actor’s passages with their source, grouped by source in date order', async () => {
    const { services, addSource, source, ministry } = await withSource()
    const older = addSource('In March the Syrian Interior Ministry met Jordan.', {
      title: 'Amman meeting',
      publishedDate: '2025-03-09',
    })
    const undated = addSource('The Syrian Interior Ministry spokesperson said.', { title: 'Statement' })
    services.passages.create({ sourceId: undated, start: 4, end: 28, entityIds: [ministry.id] })
    services.passages.create({
      sourceId: source,
      ...span('Syrian Interior Ministry'),
      entityIds: [ministry.id],
    })
    services.passages.create({ sourceId: older, start: 13, end: 37, entityIds: [ministry.id] })
    services.passages.create({ sourceId: source, ...span('US Central Command'), entityIds: [ministry.id] })
    const cited = services.passages.forEntity(ministry.id)
    expect(cited.map((passage) => [passage.sourceTitle, passage.sourceDate, passage.exact])).toEqual([
      ['Amman meeting', '2025-03-09', 'Syrian Interior Ministry'],
      ['Joint raids', '2025-11-28', 'US Central Command'],
      ['Joint raids', '2025-11-28', 'Syrian Interior Ministry'],
      ['Statement', null, 'Syrian Interior Ministry'],
    ])
    expect(cited[1]!.sourcePublisher).toBe('Agency')
  })

  it('deletes with an undo token and restores', async () => {
    const { services, source, ministry } = await withSource()
    const passage = services.passages.create({
      sourceId: source,
      ...span('Syrian Interior Ministry'),
      entityIds: [ministry.id],
    })
    const { undoToken } = services.passages.delete(passage.id)
    expect(services.passages.forSource(source)).toEqual([])
    expect(() => services.passages.get(passage.id)).toThrow(/no passage/)
    expect(services.passages.restore(undoToken)).toEqual(passage)
    expect(() => services.passages.restore(undoToken)).toThrow(/cannot be restored/)
  })

  it('confirms or corrects a passage flagged for review', async () => {
    const { services, library, source } = await withSource()
    const passage = services.passages.create({ sourceId: source, ...span('weapons depots') })
    library.db.prepare("UPDATE passages SET status = 'needs_review' WHERE id = ?").run(passage.id)
    expect(services.passages.resolveReview(passage.id, {})).toMatchObject({
      status: 'anchored',
      exact: 'weapons depots',
    })
    const corrected = services.passages.resolveReview(passage.id, span('more than 15 weapons depots'))
    expect(corrected).toMatchObject({
      status: 'anchored',
      exact: 'more than 15 weapons depots',
      prefix: TEXT.slice(span('more').start - 32, span('more').start),
    })
    expect(() => services.passages.resolveReview(passage.id, { start: 100, end: 999 })).toThrow(/outside/)
  })
})
