// `weft check`: integrity of the library file and its search index.
import { checkLibrary, rebuildSearchIndex } from '../../db/check-library'
import type { Library } from '../../db/library'
import { printJson, type CliIo } from '../cli-io'

export function checkCommand(library: Library, repair: boolean, json: boolean, io: CliIo): number {
  if (repair) rebuildSearchIndex(library)
  const report = checkLibrary(library)
  if (json) printJson(io, { path: library.path, ...report })
  else if (report.ok) io.out(`OK: ${library.path} (${report.checked.join(', ')})`)
  else {
    io.err(`Problems in ${library.path}:`)
    for (const problem of report.problems) io.err(`  ${problem}`)
  }
  return report.ok ? 0 : 1
}
