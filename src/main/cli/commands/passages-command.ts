// `weft passages add SOURCE_ID --start S --end E [--entity ID]...`: a passage
// from the command line, linked to actors.
import type { Library } from '../../db/library'
import { WeftError } from '../../core/weft-error'
import { printJson, type CliIo } from '../cli-io'
import { parseId, parseOffset, validated, withActorServices, type ActorCliValues } from './actor-cli'

const ADD_USAGE = 'weft passages add SOURCE_ID --start S --end E [--entity ID]... [--json]'

export async function passagesCommand(
  library: Library,
  args: string[],
  values: ActorCliValues,
  io: CliIo,
): Promise<number> {
  const [action, sourceText, ...extra] = args
  if (action !== 'add') {
    throw new WeftError(
      'invalid_input',
      action ? `Unknown passages command "${action}". Usage: ${ADD_USAGE}` : `Usage: ${ADD_USAGE}`,
    )
  }
  if (extra.length > 0)
    throw new WeftError('invalid_input', `Unexpected "${extra.join(' ')}". Usage: ${ADD_USAGE}`)
  const input = validated('passages:create', {
    sourceId: parseId(sourceText, 'SOURCE_ID', ADD_USAGE),
    start: parseOffset(values.start, '--start', ADD_USAGE),
    end: parseOffset(values.end, '--end', ADD_USAGE),
    entityIds: (values.entity ?? []).map((id) => parseId(id, '--entity', ADD_USAGE)),
  })
  return withActorServices(library, (services) => {
    const passage = services.passages.create(input)
    if (values.json) printJson(io, passage)
    else io.out([passage.id, passage.sourceId, `${passage.start}-${passage.end}`, passage.exact].join('\t'))
    return 0
  })
}
