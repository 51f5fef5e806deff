// `weft export graph`: the network in a data format, whole or for a period.
import { GRAPH_EXPORT_FORMATS, type GraphExportFormat } from '@shared/network/exports'
import { OPEN_FILTER } from '@shared/network/graph-filter'
import { isValidPartialDate } from '@shared/partial-date'
import type { Library } from '../../db/library'
import type { CliIo } from '../cli-io'
import { withNetworkServices } from './network-cli'

export const GRAPH_EXPORT_USAGE = `weft export graph --format ${GRAPH_EXPORT_FORMATS.join('|')} --out FILE [--from DATE] [--to DATE]`

export interface GraphExportOptions {
  format?: string | undefined
  from?: string | undefined
  to?: string | undefined
}

export async function exportGraphSubcommand(
  library: Library,
  args: string[],
  options: GraphExportOptions,
  io: CliIo,
): Promise<{ data: Uint8Array; description: string } | undefined> {
  if (args.length > 0) {
    io.err(`weft export graph: takes no names, only options. Usage: ${GRAPH_EXPORT_USAGE}`)
    return undefined
  }
  const format = options.format as GraphExportFormat | undefined
  if (!format || !GRAPH_EXPORT_FORMATS.includes(format)) {
    io.err(
      `weft export graph: --format must be one of ${GRAPH_EXPORT_FORMATS.join(', ')}${options.format ? `, not "${options.format}"` : ''}.`,
    )
    return undefined
  }
  for (const [name, value] of [
    ['--from', options.from],
    ['--to', options.to],
  ] as const) {
    if (value !== undefined && !isValidPartialDate(value)) {
      io.err(
        `weft export graph: ${name} "${value}" is not a date: use a year, a month or a day (2025, 2025-11 or 2025-11-24).`,
      )
      return undefined
    }
  }
  // A period keeps the ties that held in it; undated ones belong to no period.
  const period = options.from !== undefined || options.to !== undefined
  const filter = period
    ? { ...OPEN_FILTER, from: options.from ?? null, to: options.to ?? null, includeUndated: false }
    : null
  const file = await withNetworkServices(library, (network) => network.exports.export(format, filter))
  const span = period ? ` from ${options.from ?? 'the start'} to ${options.to ?? 'now'}` : ''
  return {
    data: file.data,
    description: `the network${span} (${file.nodeCount} actors, ${file.edgeCount} ties) as ${format.toUpperCase()}`,
  }
}
