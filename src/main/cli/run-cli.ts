// Parses the command line and runs one command against one library file.
import { parseArgs } from 'node:util'
import { isWeftError } from '../core/weft-error'
import { resolveLibraryPath } from '../core/default-paths'
import { Library } from '../db/library'
import type { CliIo } from './cli-io'
import { ACTOR_CLI_OPTIONS } from './commands/actor-cli'
import { checkCommand } from './commands/check-command'
import { entitiesCommand } from './commands/entities-command'
import { EXPORT_CLI_OPTIONS, exportCommand } from './commands/export-command'
import { importCommand } from './commands/import-command'
import { initCommand } from './commands/init-command'
import { mentionsCommand } from './commands/mentions-command'
import { NETWORK_CLI_OPTIONS } from './commands/network-cli'
import { NOTE_CLI_OPTIONS, notesCommand } from './commands/notes-command'
import { passagesCommand } from './commands/passages-command'
import { searchCommand } from './commands/search-command'
import { sourceShowCommand } from './commands/source-show-command'
import { sourcesCommand } from './commands/sources-command'
import { tiesCommand } from './commands/ties-command'
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
    if (command === 'init') return await initCommand(libraryPath, values.json, io)
    const isDefault = !values.library && !env.WEFT_LIBRARY
    const library = await Library.open(libraryPath, { create: isDefault })
    try {
      if (command === 'import') return await importCommand(library, rest, values.json, io)
      if (command === 'sources') return sourcesCommand(library, values.json, io)
      if (command === 'source') return sourceShowCommand(library, rest, values.text, values.json, io)
      if (command === 'search') return searchCommand(library, rest, values.limit, values.json, io)
      if (command === 'entities') return await entitiesCommand(library, rest, values, io)
      if (command === 'passages') return await passagesCommand(library, rest, values, io)
      if (command === 'mentions') return await mentionsCommand(library, rest, values, io)
      if (command === 'notes') return await notesCommand(library, rest, values, io)
      if (command === 'ties') return await tiesCommand(library, rest, values, io)
      if (command === 'export') return await exportCommand(library, rest, values, io)
      return checkCommand(library, values.repair, values.json, io)
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
