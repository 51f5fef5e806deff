// `weft notes list [--json]` and `weft notes add --title T --markdown FILE
// [--json]`: the library's notes, and a new note from a Markdown file.
import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { Library } from '../../db/library'
import { markdownToEditorState } from '../../notes/markdown/markdown-import'
import { noteServicesFor } from '../../notes/notes-for-library'
import { printJson, type CliIo } from '../cli-io'

/** The options `weft notes` adds to the command line (see run-cli.ts). */
export interface NotesCommandOptions {
  title?: string | undefined
  markdown?: string | undefined
  json: boolean
}

export async function notesCommand(
  library: Library,
  args: string[],
  options: NotesCommandOptions,
  io: CliIo,
): Promise<number> {
  const [action, ...extra] = args
  if (extra.length > 0) {
    io.err(`weft notes: unexpected "${extra.join(' ')}". See "weft --help".`)
    return 1
  }
  if (action === 'list') return listNotes(library, options.json, io)
  if (action === 'add') return addNote(library, options, io)
  io.err(`weft notes: say "list" or "add", for example: weft notes add --title "Why" --markdown why.md`)
  return 1
}

function listNotes(library: Library, json: boolean, io: CliIo): number {
  const notes = noteServicesFor(library).notes.list('updated')
  if (json) {
    printJson(io, notes)
    return 0
  }
  if (notes.length === 0) {
    io.err('No notes yet. Add one with "weft notes add --title TITLE --markdown FILE".')
    return 0
  }
  for (const note of notes) io.out(`${note.id}\t${note.title}\t${note.wordCount} words\t${note.updatedAt}`)
  return 0
}

/** The note's title: --title, else the Markdown's first heading, else the file's name. */
function titleFor(given: string | undefined, markdown: string, path: string): string {
  if (given?.trim()) return given.trim()
  const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/m.exec(markdown)?.[1]
  return heading?.trim() || basename(path, extname(path))
}

async function addNote(library: Library, options: NotesCommandOptions, io: CliIo): Promise<number> {
  if (!options.markdown) {
    io.err(
      'weft notes add: give the note\'s text with --markdown FILE (a Markdown file; "-" is not supported).',
    )
    return 1
  }
  let markdown: string
  try {
    markdown = await readFile(options.markdown, 'utf8')
  } catch (error) {
    io.err(
      `weft notes add: cannot read ${options.markdown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    )
    return 1
  }
  const title = titleFor(options.title, markdown, options.markdown)
  if (title.length > 1000) {
    io.err('weft notes add: the title is longer than 1,000 characters; give a shorter --title.')
    return 1
  }
  const note = noteServicesFor(library).notes.create(title, markdownToEditorState(markdown), 'imported')
  if (options.json) printJson(io, { id: note.id, title: note.title, wordCount: note.wordCount })
  else {
    io.out(String(note.id))
    io.err(`Added note #${note.id} "${note.title}" (${note.wordCount} words).`)
  }
  return 0
}
