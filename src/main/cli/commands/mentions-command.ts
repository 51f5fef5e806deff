// `weft mentions scan`: looks for every actor's names and aliases in every
// source (in worker threads), stores the suggestions, and prints the open ones.
import type { Library } from '../../db/library'
import { WeftError } from '../../core/weft-error'
import { printJson, type CliIo } from '../cli-io'
import { withActorServices, type ActorCliValues } from './actor-cli'

const USAGE = 'weft mentions scan [--json]'

export async function mentionsCommand(
  library: Library,
  args: string[],
  values: ActorCliValues,
  io: CliIo,
): Promise<number> {
  const [action, ...extra] = args
  if (action !== 'scan' || extra.length > 0) {
    throw new WeftError(
      'invalid_input',
      action ? `Unknown mentions command "${args.join(' ')}". Usage: ${USAGE}` : `Usage: ${USAGE}`,
    )
  }
  return withActorServices(library, async (services) => {
    const summary = await services.scans.rescanAll()
    const open = services.context.mentions.allOpen()
    if (values.json) {
      printJson(
        io,
        open.map(({ entityId, sourceId, start, end, exact, alias }) => ({
          entityId,
          sourceId,
          start,
          end,
          exact,
          alias,
        })),
      )
    } else {
      for (const one of open)
        io.out([one.sourceId, `${one.start}-${one.end}`, one.entityId, one.exact, one.alias].join('\t'))
    }
    const sources = new Set(open.map((one) => one.sourceId)).size
    io.err(
      `${open.length} open ${open.length === 1 ? 'suggestion' : 'suggestions'} in ${sources} ${sources === 1 ? 'source' : 'sources'}; scanned ${summary.sources} sources for ${summary.names} names and aliases in ${(summary.tookMs / 1000).toFixed(1)} s.`,
    )
    return 0
  })
}
