import { describe, expect, it } from 'vitest'
import { NOTE_BLOCKS_PLACEHOLDER } from '@shared/notes'
import { openTestLibrary } from '../actors/test-library'
import { useTempDir } from '../test-support/temp-dir'
import { createNoteServices } from './notes-for-library'
import { editorState, heading, mention, paragraph, quote, text } from './test-note-state'

const tempDir = useTempDir()

const ROOT = JSON.stringify({
  root: {
    format: '',
    indent: 0,
    direction: null,
    version: 1,
    type: 'root',
    children: [NOTE_BLOCKS_PLACEHOLDER],
  },
})
const json = (node: unknown) => JSON.stringify(node)

describe('saving a note by its blocks', () => {
  it('keeps unchanged blocks by position and derives only the changed ones', async () => {
    const test = await openTestLibrary(tempDir(), { background: false })
    try {
      const services = createNoteServices(test.library, { scheduleIndexing: () => undefined })
      const note = services.notes.create('Long note')
      const blocks = [
        heading('h1', text('Argument')),
        paragraph(text('The '), mention(7, 'Interior Ministry'), text(' leads.')),
        quote(3, 'destroyed 15 weapons depots'),
        paragraph(text('Closing words.')),
      ]
      const first = services.notes.save(note.id, editorState(...blocks))

      const changed = paragraph(text('The '), mention(8, 'Defense Ministry'), text(' follows.'))
      const result = services.notes.saveBlocks(note.id, first.revision, ROOT, [0, json(changed), 2, 3])
      expect(result.saved?.revision).toBe(first.revision + 1)
      const expected = editorState(blocks[0]!, changed, blocks[2]!, blocks[3]!)
      expect(JSON.parse(services.notes.get(note.id).content)).toEqual(JSON.parse(expected))
      expect(services.repository.plainText(note.id)).toBe(
        'Argument\n\nThe Defense Ministry follows.\n\n“destroyed 15 weapons depots” (CENTCOM and Syria destroy weapons depots)\n\nClosing words.',
      )
      expect(services.notes.forEntity(7)).toEqual([])
      expect(services.notes.forEntity(8).map((n) => n.id)).toEqual([note.id])

      // Blocks can be reordered, dropped and added; positions refer to the last save.
      const next = services.notes.saveBlocks(note.id, result.saved!.revision, ROOT, [
        3,
        json(paragraph(text('New'))),
      ])
      expect(services.repository.plainText(note.id)).toBe('Closing words.\n\nNew')
      expect(next.saved?.wordCount).toBe(3)

      // A save from an older revision (the note changed elsewhere) asks for the whole note.
      expect(services.notes.saveBlocks(note.id, first.revision, ROOT, [0])).toEqual({ saved: null })
      expect(() => services.notes.saveBlocks(note.id, next.saved!.revision, ROOT, [5])).toThrow(/no block 5/)
      expect(() => services.notes.saveBlocks(note.id, next.saved!.revision, ROOT, ['{oops'])).toThrow(
        /not valid JSON/,
      )
      expect(() => services.notes.saveBlocks(note.id, next.saved!.revision, '{"root":{}}', [0])).toThrow(
        /no single place/,
      )
    } finally {
      test.close()
    }
  })

  it('works from a fresh session, reading the stored note once', async () => {
    const test = await openTestLibrary(tempDir(), { background: false })
    try {
      const before = createNoteServices(test.library, { scheduleIndexing: () => undefined })
      const note = before.notes.create('Note', editorState(paragraph(text('one')), paragraph(text('two'))))
      const later = createNoteServices(test.library, { scheduleIndexing: () => undefined })
      const { saved } = later.notes.saveBlocks(note.id, note.revision, ROOT, [1, 0])
      expect(saved).not.toBeNull()
      expect(later.repository.plainText(note.id)).toBe('two\n\none')
    } finally {
      test.close()
    }
  })
})
