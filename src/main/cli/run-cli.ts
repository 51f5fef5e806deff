// Parses the command line and runs one command against one library file.
import { parseArgs } from 'node:util'
import { isWeftError } from '../core/weft-error'
import { resolveLibraryPath } from '../core/default-paths'
import { Library } from '../db/library'
import type { CliIo } from './cli-io'
import { checkCommand } from './commands/check-command'
import { importCommand } from './commands/import-command'
import { initCommand } from './commands/init-command'
import { sourcesCommand } from './commands/sources-command'
import { HELP_TEXT } from './help-text'
import packageJson from '../../../package.json'

const COMMANDS = ['init', 'import', 'sources', 'check'] as const

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
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
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
