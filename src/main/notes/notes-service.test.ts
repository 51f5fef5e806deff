import { describe, expect, it } from 'vitest'
import { openTestLibrary, type TestLibrary } from '../actors/test-library'
import { useTempDir } from '../test-support/temp-dir'
import { createNoteServices, type NoteServices } from './notes-for-library'
import { editorState, heading, list, mention, paragraph, quote, text } from './test-note-state'

const tempDir = useTempDir()

interface Setup {
  test: TestLibrary
  services: NoteServices
  clock: { time: number }
}

async function setup(): Promise<Setup> {
  const test = await openTestLibrary(tempDir(), { background: false })
  const clock = { time: Date.parse('2025-12-01T09:00:00Z') }
  const services = createNoteServices(test.library, { now: () => new Date(clock.time) })
  return { test, services, clock }
}

const MINUTE = 60_000

describe('NotesService', () => {
  it('derives the text, word count and links of a saved note', async () => {
    const { test, services } = await setup()
    try {
      const note = services.notes.create('Why the Interior Ministry')
      const content = editorState(
        heading('h1', text('Coordination')),
        paragraph(text('The '), mention(7, 'Interior Ministry'), text(' works with the coalition.')),
        quote(3, 'destroyed 15 weapons depots'),
        list('bullet', [text('raids')], [text('arrests')]),
      )
      const saved = services.notes.save(note.id, content)
      expect(saved.revision).toBe(note.revision + 1)
      const stored = services.notes.get(note.id)
      expect(stored.content).toBe(content)
      expect(services.repository.plainText(note.id)).toBe(
        'Coordination\n\nThe Interior Ministry works with the coalition.\n\n' +
          '“destroyed 15 weapons depots” (CENTCOM and Syria destroy weapons depots)\n\nraids\narrests',
      )
      expect(stored.excerpt.startsWith('Coordination The Interior Ministry')).toBe(true)
      expect(stored.wordCount).toBe(20)
      expect(services.notes.forEntity(7).map((n) => n.id)).toEqual([note.id])
      expect(services.notes.forEntity(8)).toEqual([])

      // Removing the mention removes the backlink.
      services.notes.save(note.id, editorState(paragraph(text('No actors here.'))))
      expect(services.notes.forEntity(7)).toEqual([])
    } finally {
      test.close()
    }
  })

  it('keeps the links that stay, adds the new ones and drops the removed ones, save after save', async () => {
    const { test, services } = await setup()
    try {
      const links = (noteId: number) =>
        test.library.db
          .prepare('SELECT kind, target_id AS id FROM note_links WHERE note_id = ? ORDER BY kind, target_id')
          .all(noteId)
      const note = services.notes.create('Links')
      services.notes.save(
        note.id,
        editorState(
          paragraph(mention(7, 'Interior Ministry'), text(' and '), mention(8, 'the coalition')),
          quote(3, 'destroyed 15 weapons depots'),
        ),
      )
      expect(links(note.id)).toEqual([
        { kind: 'entity', id: 7 },
        { kind: 'entity', id: 8 },
        { kind: 'passage', id: 3 },
      ])
      services.notes.save(
        note.id,
        editorState(
          paragraph(mention(7, 'Interior Ministry'), text(' and '), mention(9, 'the army')),
          quote(3, 'destroyed 15 weapons depots'),
          quote(3, 'destroyed 15 weapons depots'),
        ),
      )
      expect(links(note.id)).toEqual([
        { kind: 'entity', id: 7 },
        { kind: 'entity', id: 9 },
        { kind: 'passage', id: 3 },
      ])
      expect(services.notes.forEntity(8)).toEqual([])
      expect(services.notes.forEntity(9).map((n) => n.id)).toEqual([note.id])
    } finally {
      test.close()
    }
  })

  it('lists notes by last change or by title', async () => {
    const { test, services, clock } = await setup()
    try {
      const b = services.notes.create('beta')
      clock.time += MINUTE
      const a = services.notes.create('Alpha')
      clock.time += MINUTE
      services.notes.save(b.id, editorState(paragraph(text('edited'))))
      expect(services.notes.list('updated').map((n) => n.title)).toEqual(['beta', 'Alpha'])
      expect(services.notes.list('title').map((n) => n.id)).toEqual([a.id, b.id])
    } finally {
      test.close()
    }
  })

  it('keeps a version on the first save after the interval, and restores one undoably', async () => {
    const { test, services, clock } = await setup()
    try {
      const note = services.notes.create('Draft')
      const first = services.notes.save(note.id, editorState(paragraph(text('first'))))
      expect(first.versionKept).toBe(true)
      clock.time += MINUTE
      expect(services.notes.save(note.id, editorState(paragraph(text('second')))).versionKept).toBe(false)
      clock.time += 5 * MINUTE
      expect(services.notes.save(note.id, editorState(paragraph(text('third')))).versionKept).toBe(true)

      const versions = services.history.list(note.id)
      expect(versions.map((v) => v.reason)).toEqual(['autosave', 'autosave'])
      const oldest = services.history.get(versions[1]!.id)
      expect(oldest.plainText).toBe('first')

      clock.time += MINUTE
      const restored = services.history.restore(note.id, oldest.id)
      expect(services.repository.plainText(note.id)).toBe('first')
      expect(restored.note.content).toBe(oldest.content)
      const undo = services.history.get(restored.undoVersionId)
      expect(undo.reason).toBe('before restore')
      expect(undo.plainText).toBe('third')

      services.history.restore(note.id, restored.undoVersionId)
      expect(services.repository.plainText(note.id)).toBe('third')
      expect(() => services.history.restore(note.id, 9999)).toThrow(/not in this note's history/)
    } finally {
      test.close()
    }
  })

  it('deletes undoably until the library is opened again', async () => {
    const { test, services } = await setup()
    try {
      const note = services.notes.create('Temporary')
      const { undoToken } = services.notes.delete(note.id)
      expect(services.notes.list('updated')).toEqual([])
      expect(() => services.notes.get(note.id)).toThrow(/does not exist/)
      expect(services.notes.restore(undoToken).id).toBe(note.id)
      expect(() => services.notes.restore(undoToken)).toThrow(/can no longer be restored/)

      services.notes.delete(note.id)
      // A new session (the services made again for the library) makes the delete final.
      const later = createNoteServices(test.library)
      expect(later.repository.count()).toBe(0)
      expect(() => later.notes.restore(undoToken)).toThrow(/can no longer be restored/)
    } finally {
      test.close()
    }
  })

  it('finds notes by words of their title and text, accents and case aside', async () => {
    const { test, services } = await setup()
    try {
      const a = services.notes.create('Coalition membership')
      services.notes.save(
        a.id,
        editorState(paragraph(text('Syria became the 90th partner of the coalition.'))),
      )
      const b = services.notes.create('Raids')
      services.notes.save(
        b.id,
        editorState(paragraph(text('Al-Shar’a and the Interior Ministry ran 61 raids.'))),
      )

      const hits = services.search.search('partner', 10)
      expect(hits.map((hit) => hit.noteId)).toEqual([a.id])
      const [start, end] = hits[0]!.highlights[0]!
      expect(hits[0]!.snippet.slice(start, end)).toBe('partner')
      expect(services.search.search("al-shar'a", 10).map((hit) => hit.noteId)).toEqual([b.id])
      expect(services.search.filter('raid*', 'title').map((n) => n.id)).toEqual([b.id])
      expect(services.search.filter('', 'title').map((n) => n.id)).toEqual([a.id, b.id])

      services.notes.delete(b.id)
      expect(services.search.search('raids', 10)).toEqual([])
    } finally {
      test.close()
    }
  })

  it('indexes a save a moment later, before any search, or when the library is next opened', async () => {
    const { test } = await setup()
    const scheduled: (() => void)[] = []
    const services = createNoteServices(test.library, { scheduleIndexing: (run) => scheduled.push(run) })
    try {
      const note = services.notes.create('Depots')
      services.notes.save(note.id, editorState(paragraph(text('weapons depots destroyed'))))
      expect(scheduled).toHaveLength(1)
      expect(services.repository.staleInIndex()).toEqual([note.id])
      // A new session catches up with what the last one left unindexed.
      const reopened = createNoteServices(test.library)
      expect(reopened.repository.staleInIndex()).toEqual([])
      services.notes.save(note.id, editorState(paragraph(text('raids near Palmyra'))))
      expect(services.search.search('palmyra', 10).map((hit) => hit.noteId)).toEqual([note.id])
      services.notes.save(note.id, editorState(paragraph(text('arrests in Homs'))))
      scheduled.at(-1)!()
      expect(services.repository.staleInIndex()).toEqual([])
      expect(services.search.search('homs', 10).map((hit) => hit.noteId)).toEqual([note.id])
    } finally {
      test.close()
    }
  })

  it('refuses content that is not an editor state, with a message saying what to do', async () => {
    const { test, services } = await setup()
    try {
      const note = services.notes.create('x')
      expect(() => services.notes.save(note.id, '{"root": 5}')).toThrow(/no root node/)
      expect(() => services.notes.save(note.id, '{"root": ')).toThrow(/not valid JSON/)
      expect(() => services.notes.save(999, editorState())).toThrow(/Note 999 does not exist/)
    } finally {
      test.close()
    }
  })
})

describe('QuotablePassagesRepository', () => {
  it('finds passages by their words or their source title, and reads quoted ones as they are now', async () => {
    const { test, services } = await setup()
    try {
      const sourceId = test.addSource('CENTCOM and the Interior Ministry destroyed 15 weapons depots.', {
        title: 'Depots destroyed',
        publisher: 'Levant Monitor',
        publishedDate: '2025-11',
      })
      const depots = test.services.passages.create({
        sourceId,
        start: 34,
        end: 61,
        entityIds: [],
        comment: null,
        color: null,
      })
      const ministry = test.services.passages.create({
        sourceId,
        start: 16,
        end: 33,
        entityIds: [],
        comment: null,
        color: null,
      })
      expect(services.passages.find('weapons', 10).map((p) => p.passageId)).toEqual([depots.id])
      expect(services.passages.find('WEAPONS depots', 10).map((p) => p.passageId)).toEqual([depots.id])
      // Both passages are in a source titled "Depots destroyed".
      expect(services.passages.find('depots', 10)).toHaveLength(2)
      expect(services.passages.find('100%', 10)).toEqual([])
      const [found] = services.passages.byIds([ministry.id])
      expect(found).toEqual({
        passageId: ministry.id,
        start: 16,
        end: 33,
        exact: 'Interior Ministry',
        citation: {
          sourceId,
          title: 'Depots destroyed',
          authors: [],
          publisher: 'Levant Monitor',
          publishedDate: '2025-11',
          url: null,
        },
      })
      test.services.passages.delete(ministry.id)
      expect(services.passages.byIds([ministry.id, depots.id]).map((p) => p.passageId)).toEqual([depots.id])
    } finally {
      test.close()
    }
  })
})
