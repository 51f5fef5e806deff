// Parses the command line and runs one command against one library file.
// Each command's code is loaded when it runs: the libraries behind exports
// (Word, PDF, the Lexical editor) and the network would otherwise cost every
// `weft` call half a second of start-up.
import { parseArgs } from 'node:util'
import { isWeftError } from '../core/weft-error'
import { resolveLibraryPath } from '../core/default-paths'
import { Library } from '../db/library'
import type { CliIo } from './cli-io'
import { ACTOR_CLI_OPTIONS, EXPORT_CLI_OPTIONS, NETWORK_CLI_OPTIONS, NOTE_CLI_OPTIONS } from './cli-options'
import { HELP_TEXT } from './help-text'
import packageJson from '../../../package.json'

const COMMANDS = [
  'init',
  'import',
  'sources',
  'source',
  'search',
  'check',
  'entities',
  'passages',
  'mentions',
  'notes',
  'ties',
  'export',
] as const

export async function runCli(
  argv: string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        library: { type: 'string' },
        json: { type: 'boolean', default: false },
        repair: { type: 'boolean', default: false },
        limit: { type: 'string' },
        text: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        ...ACTOR_CLI_OPTIONS,
        ...NOTE_CLI_OPTIONS,
        ...EXPORT_CLI_OPTIONS,
        ...NETWORK_CLI_OPTIONS,
      },
    })
  } catch (error) {
    io.err(`weft: ${(error as Error).message}. See "weft --help".`)
    return 1
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.out(HELP_TEXT)
    return 0
  }
  if (values.version) {
    io.out(packageJson.version)
    return 0
  }
  const [command, ...rest] = positionals
  if (!command) {
    io.err(HELP_TEXT)
    return 1
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    io.err(`weft: unknown command "${command}". Commands: ${COMMANDS.join(', ')}. See "weft --help".`)
    return 1
  }
  const libraryPath = resolveLibraryPath(values.library, env)
  try {
    if (command === 'init') {
      const { initCommand } = await import('./commands/init-command')
      return await initCommand(libraryPath, values.json, io)
    }
    const isDefault = !values.library && !env.WEFT_LIBRARY
    const library = await Library.open(libraryPath, { create: isDefault })
    try {
      switch (command) {
        case 'import':
          return await (
            await import('./commands/import-command')
          ).importCommand(library, rest, values.json, io)
        case 'sources':
          return (await import('./commands/sources-command')).sourcesCommand(library, values.json, io)
        case 'source':
          return (await import('./commands/source-show-command')).sourceShowCommand(
            library,
            rest,
            values.text,
            values.json,
            io,
          )
        case 'search':
          return (await import('./commands/search-command')).searchCommand(
            library,
            rest,
            values.limit,
            values.json,
            io,
          )
        case 'entities':
          return await (
            await import('./commands/entities-command')
          ).entitiesCommand(library, rest, values, io)
        case 'passages':
          return await (
            await import('./commands/passages-command')
          ).passagesCommand(library, rest, values, io)
        case 'mentions':
          return await (
            await import('./commands/mentions-command')
          ).mentionsCommand(library, rest, values, io)
        case 'notes':
          return await (await import('./commands/notes-command')).notesCommand(library, rest, values, io)
        case 'ties':
          return await (await import('./commands/ties-command')).tiesCommand(library, rest, values, io)
        case 'export':
          return await (await import('./commands/export-command')).exportCommand(library, rest, values, io)
        default:
          return (await import('./commands/check-command')).checkCommand(
            library,
            values.repair,
            values.json,
            io,
          )
      }
    } finally {
      library.close()
    }
  } catch (error) {
    if (isWeftError(error)) {
      io.err(`weft: ${error.message}`)
      return 1
    }
    io.err(`weft: unexpected error: ${(error as Error).stack ?? String(error)}`)
    return 1
  }
}
