// `weft sources`: the library's sources, newest first.
import { formatBytes } from '@shared/limits'
import type { Library } from '../../db/library'
import { printJson, type CliIo } from '../cli-io'

export function sourcesCommand(library: Library, json: boolean, io: CliIo): number {
  const sources = library.sources.list()
  if (json) {
    printJson(io, sources)
    return 0
  }
  if (sources.length === 0) {
    io.err('No sources yet. Add some with "weft import PATH".')
    return 0
  }
  for (const source of sources) {
    io.out(
      `${source.id}\t${source.title}\t${source.fileName}\t${formatBytes(source.byteSize)}\t${source.importedAt}`,
    )
  }
  return 0
}
