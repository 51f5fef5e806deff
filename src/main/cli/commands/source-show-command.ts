// `weft source show ID [--text] [--json]`: one source's metadata, or its
// canonical text (the text search, passages and the reader all refer to).
import type { Source } from '@shared/models'
import { formatBytes } from '@shared/limits'
import type { Library } from '../../db/library'
import { printJson, type CliIo } from '../cli-io'

const USAGE = 'weft source show ID [--text] [--json]'

export function sourceShowCommand(
  library: Library,
  args: string[],
  text: boolean,
  json: boolean,
  io: CliIo,
): number {
  const [subcommand, idText, ...extra] = args
  if (subcommand !== 'show') {
    io.err(
      subcommand === undefined
        ? `weft source: say what to do, for example: ${USAGE}`
        : `weft source: unknown subcommand "${subcommand}". Use: ${USAGE}`,
    )
    return 1
  }
  const id = Number(idText)
  if (!Number.isInteger(id) || id < 1 || extra.length > 0) {
    io.err(`weft source show: give one source number, as "weft sources" lists them. Use: ${USAGE}`)
    return 1
  }
  const source = library.sources.get(id)
  if (!source) {
    io.err(`weft source show: there is no source #${id} in this library. List them with "weft sources".`)
    return 1
  }
  const collections = collectionNames(library, source)
  if (json) {
    const { text: canonicalText, blocks: _blocks, ...metadata } = source
    printJson(io, {
      ...metadata,
      collections,
      textLength: canonicalText.length,
      ...(text ? { text: canonicalText } : {}),
    })
  } else if (text) {
    io.out(source.text)
  } else {
    printMetadata(source, collections, io)
  }
  return 0
}

function collectionNames(library: Library, source: Source): string[] {
  const names = new Map(
    library.sources.collections.list().map((collection) => [collection.id, collection.name]),
  )
  return source.collectionIds.map((id) => names.get(id)).filter((name): name is string => name !== undefined)
}

function printMetadata(source: Source, collections: string[], io: CliIo): void {
  const fields: [string, string | null | undefined][] = [
    ['Kind', source.kind],
    ['Authors', source.authors.join('; ')],
    ['Publisher', source.publisher],
    ['Published', source.publishedDate],
    ['URL', source.url],
    ['Language', source.language],
    ['Tags', source.tags.join(', ')],
    ['Collections', collections.join(', ')],
    ['File', `${source.fileName} (${source.mediaType}, ${formatBytes(source.byteSize)})`],
    ['Pages', source.pages ? String(source.pages.length) : null],
    ['Imported', source.importedAt],
    ['Text', `${source.text.length.toLocaleString('en-US')} characters (print it with --text)`],
    ['Passages', String(source.passageCount)],
    ['Content hash', source.contentHash],
  ]
  io.out(`#${source.id}  ${source.title}`)
  for (const [label, value] of fields) if (value) io.out(`${`${label}:`.padEnd(14)}${value}`)
}
