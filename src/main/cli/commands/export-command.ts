// `weft export WHAT ...`: writes something from the library to a file. Each
// kind of export is a subcommand in EXPORTS (a note, the network graph).
import { writeFile } from 'node:fs/promises'
import { MENTION_STYLES, NOTE_EXPORT_FORMATS, type MentionStyle, type NoteExportFormat } from '@shared/notes'
import type { Library } from '../../db/library'
import { exportNote } from '../../notes/export/export-note'
import { noteServicesFor } from '../../notes/notes-for-library'
import { printJson, type CliIo } from '../cli-io'
import { exportGraphSubcommand, GRAPH_EXPORT_USAGE } from './export-graph'

/** The options `weft export` adds to the command line (see run-cli.ts). */
export interface ExportOptions {
  format?: string | undefined
  out?: string | undefined
  mentions?: string | undefined
  /** The period of `export graph` (see network-cli.ts for the options). */
  from?: string | undefined
  to?: string | undefined
  json: boolean
}

/** What a subcommand made: the bytes, and a few words for the message. */
interface Exported {
  data: Uint8Array
  description: string
}

type ExportSubcommand = (
  library: Library,
  args: string[],
  options: ExportOptions,
  io: CliIo,
) => Promise<Exported | undefined>

const EXPORTS: Record<string, { usage: string; run: ExportSubcommand }> = {
  note: {
    usage: 'weft export note ID --format md|html|docx|pdf --out FILE [--mentions plain|wikilinks]',
    run: exportNoteSubcommand,
  },
  graph: { usage: GRAPH_EXPORT_USAGE, run: exportGraphSubcommand },
}

export async function exportCommand(
  library: Library,
  args: string[],
  options: ExportOptions,
  io: CliIo,
): Promise<number> {
  const [what, ...rest] = args
  const subcommand = what === undefined ? undefined : EXPORTS[what]
  if (!subcommand) {
    io.err(
      `weft export: say what to export. Usage:\n${Object.values(EXPORTS)
        .map((entry) => `  ${entry.usage}`)
        .join('\n')}`,
    )
    return 1
  }
  if (!options.out) {
    io.err(`weft export ${what}: give the file to write with --out FILE. Usage: ${subcommand.usage}`)
    return 1
  }
  const exported = await subcommand.run(library, rest, options, io)
  if (!exported) return 1
  try {
    await writeFile(options.out, exported.data)
  } catch (error) {
    io.err(
      `weft export ${what}: cannot write ${options.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Check the folder exists and is writable.`,
    )
    return 1
  }
  if (options.json)
    printJson(io, { path: options.out, bytes: exported.data.byteLength, format: options.format })
  else {
    io.out(options.out)
    io.err(
      `Exported ${exported.description} to ${options.out} (${exported.data.byteLength.toLocaleString('en')} bytes).`,
    )
  }
  return 0
}

async function exportNoteSubcommand(
  library: Library,
  args: string[],
  options: ExportOptions,
  io: CliIo,
): Promise<Exported | undefined> {
  const [idText, ...extra] = args
  const id = Number(idText)
  if (!idText || !Number.isInteger(id) || id <= 0 || extra.length > 0) {
    io.err(`weft export note: give one note id (see "weft notes list"). Usage: ${EXPORTS.note!.usage}`)
    return undefined
  }
  const format = options.format as NoteExportFormat | undefined
  if (!format || !NOTE_EXPORT_FORMATS.includes(format)) {
    io.err(
      `weft export note: --format must be one of ${NOTE_EXPORT_FORMATS.join(', ')}${options.format ? `, not "${options.format}"` : ''}.`,
    )
    return undefined
  }
  const mentions = (options.mentions ?? 'plain') as MentionStyle
  if (!MENTION_STYLES.includes(mentions)) {
    io.err(`weft export note: --mentions must be plain or wikilinks, not "${options.mentions}".`)
    return undefined
  }
  const note = noteServicesFor(library).notes.get(id)
  const file = await exportNote(note, format, mentions)
  return { data: file.data, description: `note #${id} "${note.title}" as ${format.toUpperCase()}` }
}
