// `weft import PATH...`: one line per file (text, Markdown, HTML, PDF, DOCX),
// a summary, exit 1 if any failed. Files are parsed in worker threads, which
// are stopped when the import ends so the command exits at once.
import { resolve } from 'node:path'
import type { ImportOutcome } from '@shared/models'
import type { Library } from '../../db/library'
import { ImportService } from '../../library/import-service'
import { closeSharedDocumentReader } from '../../workers/document-reader'
import { printJson, type CliIo } from '../cli-io'

export async function importCommand(
  library: Library,
  paths: string[],
  json: boolean,
  io: CliIo,
): Promise<number> {
  if (paths.length === 0) {
    io.err('weft import: name at least one file or folder, for example "weft import ~/Downloads/articles".')
    return 1
  }
  const report = await new ImportService(library.sources)
    .importPaths(paths.map((path) => resolve(path)))
    .finally(() => closeSharedDocumentReader())
  if (json) printJson(io, report)
  else {
    for (const outcome of report.outcomes) printOutcome(outcome, io)
    io.err(
      `${report.imported} imported, ${report.duplicates} ${report.duplicates === 1 ? 'duplicate' : 'duplicates'}, ${report.failed} failed.`,
    )
  }
  return report.failed > 0 ? 1 : 0
}

function printOutcome(outcome: ImportOutcome, io: CliIo): void {
  switch (outcome.status) {
    case 'imported':
      io.out(`imported\t${outcome.name}\t#${outcome.sourceId} ${outcome.title}`)
      break
    case 'duplicate':
      io.out(`duplicate\t${outcome.name}\tsame content as #${outcome.sourceId} ${outcome.title}`)
      break
    case 'failed':
      io.err(`failed\t${outcome.name}\t${outcome.reason}`)
      break
  }
}
