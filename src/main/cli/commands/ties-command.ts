// `weft ties add|list`: ties between actors from the command line.
import type { TieSummary } from '@shared/network/ties'
import { WeftError } from '../../core/weft-error'
import type { Library } from '../../db/library'
import { printJson, type CliIo } from '../cli-io'
import { parseId, validated } from './actor-cli'
import { withNetworkServices, type NetworkCliValues } from './network-cli'

const ADD_USAGE =
  'weft ties add FROM_ID TO_ID --type TYPE [--directed|--undirected] [--start DATE] [--end DATE|--ongoing] [--status S] [--confidence C] [--place P] [--evidence PASSAGE_ID]... [--json]'
const USAGE = `weft ties add|list. ${ADD_USAGE}; weft ties list [--json]`

export async function tiesCommand(
  library: Library,
  args: string[],
  values: NetworkCliValues,
  io: CliIo,
): Promise<number> {
  const [action, ...rest] = args
  return withNetworkServices(library, (network) => {
    switch (action) {
      case 'add': {
        if (rest.length !== 2)
          throw new WeftError('invalid_input', `Give the two actors' ids. Usage: ${ADD_USAGE}`)
        if (!values.type) {
          const types = network.types.list().map((type) => type.name)
          throw new WeftError('invalid_input', `--type is missing (${types.join(', ')}). Usage: ${ADD_USAGE}`)
        }
        if (values.directed && values.undirected) {
          throw new WeftError('invalid_input', 'Give --directed or --undirected, not both.')
        }
        const input = validated('ties:create', {
          fromId: parseId(rest[0], 'FROM_ID', ADD_USAGE),
          toId: parseId(rest[1], 'TO_ID', ADD_USAGE),
          type: values.type,
          ...(values.directed ? { directed: true } : values.undirected ? { directed: false } : {}),
          startDate: values.start ?? null,
          endDate: values.end ?? null,
          ongoing: values.ongoing ?? false,
          ...(values.status ? { status: values.status } : {}),
          ...(values.confidence ? { confidence: values.confidence } : {}),
          place: values.place ?? null,
          evidenceIds: (values.evidence ?? []).map((id) => parseId(id, '--evidence', ADD_USAGE)),
        })
        const tie = network.ties.create(input)
        if (values.json) printJson(io, tie)
        else io.out(tieLine(tie))
        return 0
      }
      case 'list': {
        if (rest.length > 0) throw new WeftError('invalid_input', `Usage: weft ties list [--json]`)
        const ties = network.ties.list()
        if (values.json) printJson(io, ties)
        else if (ties.length === 0) io.err(`No ties yet. Add one with "${ADD_USAGE}".`)
        else for (const tie of ties) io.out(tieLine(tie))
        return 0
      }
      default:
        throw new WeftError(
          'invalid_input',
          action ? `Unknown ties command "${action}". Usage: ${USAGE}` : `Usage: ${USAGE}`,
        )
    }
  })
}

/** ID, from, arrow, to, type, dates, status, evidence: one tab-separated line. */
function tieLine(tie: TieSummary): string {
  const dates = [tie.startDate ?? '', tie.ongoing ? '…' : (tie.endDate ?? '')].filter(Boolean).join(' to ')
  return [
    tie.id,
    `#${tie.fromId} ${tie.fromName}`,
    tie.directed ? '->' : '--',
    `#${tie.toId} ${tie.toName}`,
    tie.type,
    dates || 'undated',
    tie.status,
    `${tie.evidenceIds.length} evidence`,
  ].join('\t')
}
