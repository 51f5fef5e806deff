// `weft init`: create the library file, or confirm it is there.
import { existsSync } from 'node:fs'
import { Library } from '../../db/library'
import { printJson, type CliIo } from '../cli-io'

export async function initCommand(path: string, json: boolean, io: CliIo): Promise<number> {
  const existed = existsSync(path)
  const library = await Library.open(path, { create: true })
  try {
    const info = library.info()
    if (json) printJson(io, { ...info, created: !existed })
    else if (existed) io.out(`Already a Weft library: ${path} (${info.sourceCount} sources)`)
    else io.out(`Created a new Weft library: ${path}`)
    return 0
  } finally {
    library.close()
  }
}
