import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NOTE_BLOCKS_PLACEHOLDER } from '@shared/notes'
import { dispatchCall, type HandlerTable } from '../core/handler-registry'
import type { WeftCore } from '../core/weft-core'
import { Library } from '../db/library'
import { useTempDir } from '../test-support/temp-dir'
import { notesHandlers } from './notes-handlers'
import { editorState, paragraph, text } from './test-note-state'

const tempDir = useTempDir()

/** The calls as the shells make them: through the contract's schemas, into the handlers. */
async function openCalls() {
  const library = await Library.open(join(tempDir(), 'calls.weft'), { create: true })
  const table = notesHandlers({ current: library } as WeftCore) as HandlerTable
  const call = async (name: string, input: unknown) => {
    const result = await dispatchCall(table, name, input)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as never
  }
  return { library, call }
}

describe('notes calls', () => {
  it('create, save by blocks, list, search and export through the contract', async () => {
    const { library, call } = await openCalls()
    try {
      const note: { id: number; revision: number } = await call('notes:create', { title: 'Coalition' })
      const root = JSON.stringify({
        root: {
          format: '',
          indent: 0,
          direction: null,
          version: 1,
          type: 'root',
          children: [NOTE_BLOCKS_PLACEHOLDER],
        },
      })
      const block = JSON.stringify(paragraph(text('Syria became the 90th partner.')))
      const answer: { saved: { revision: number } | null } = await call('notes:saveBlocks', {
        id: note.id,
        baseRevision: note.revision,
        root,
        blocks: [block],
      })
      expect(answer.saved?.revision).toBe(note.revision + 1)
      const stale: { saved: null } = await call('notes:saveBlocks', {
        id: note.id,
        baseRevision: note.revision,
        root,
        blocks: [0],
      })
      expect(stale).toEqual({ saved: null })
      const listed: { title: string; excerpt: string }[] = await call('notes:list', { query: 'partner' })
      expect(listed.map((entry) => entry.excerpt)).toEqual(['Syria became the 90th partner.'])
      const hits: { noteId: number }[] = await call('notes:search', { query: '90th' })
      expect(hits.map((hit) => hit.noteId)).toEqual([note.id])
      const file: { fileName: string; data: Uint8Array } = await call('notes:export', {
        id: note.id,
        format: 'md',
      })
      expect(file.fileName).toBe('Coalition.md')
      expect(new TextDecoder().decode(file.data)).toBe('# Coalition\n\nSyria became the 90th partner.\n')
    } finally {
      library.close()
    }
  })

  it('refuses input the contract does not allow, saying what is wrong', async () => {
    const { library, call } = await openCalls()
    try {
      await expect(call('notes:create', { title: '   ' })).rejects.toThrow(/give the note a title/)
      await expect(call('notes:save', { id: 1, content: 'plain words' })).rejects.toThrow(
        /not a saved editor state/,
      )
      await expect(call('notes:export', { id: 1, format: 'odt' })).rejects.toThrow(
        /Invalid input for notes:export/,
      )
      await expect(
        call('notes:saveBlocks', { id: 1, baseRevision: 1, root: '{"root":{}}', blocks: [] }),
      ).rejects.toThrow(/the root has no place for its blocks/)
      await expect(call('notes:save', { id: 99, content: editorState() })).rejects.toThrow(
        /Note 99 does not exist/,
      )
    } finally {
      library.close()
    }
  })
})
