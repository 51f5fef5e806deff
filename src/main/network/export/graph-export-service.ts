// Writes the network (the view's filter, or all of it) in a data format and
// names the file after the library.
import { basename } from 'node:path'
import type { GraphExportFile, GraphExportFormat } from '@shared/network/exports'
import type { GraphFilter } from '@shared/network/graph-filter'
import type { NodePositions } from '@shared/network/views'
import type { NetworkContext } from '../network-context'
import type { NetworkDataService } from '../network-data-service'
import { writeCsvZip } from './csv-writer'
import { writeCytoscapeJson } from './cyjs-writer'
import { buildExportModel, type ExportModel, type TieExtras } from './export-model'
import { writeFollowTheMoney } from './ftm-writer'
import { writeGexf } from './gexf-writer'
import { writeGraphml } from './graphml-writer'

const WRITERS: Record<
  GraphExportFormat,
  { extension: string; mediaType: string; write(model: ExportModel): Uint8Array | string }
> = {
  graphml: { extension: 'graphml', mediaType: 'application/graphml+xml', write: writeGraphml },
  gexf: { extension: 'gexf', mediaType: 'application/gexf+xml', write: writeGexf },
  csv: { extension: 'csv.zip', mediaType: 'application/zip', write: writeCsvZip },
  cyjs: { extension: 'cyjs', mediaType: 'application/json', write: writeCytoscapeJson },
  ftm: { extension: 'ftm.jsonl', mediaType: 'application/x-ndjson', write: writeFollowTheMoney },
}

export class GraphExportService {
  constructor(
    private readonly context: NetworkContext,
    private readonly network: NetworkDataService,
  ) {}

  export(
    format: GraphExportFormat,
    filter: GraphFilter | null,
    positions: NodePositions = {},
  ): GraphExportFile {
    const libraryName = basename(this.context.library.path).replace(/\.weft$/i, '')
    const extras = new Map<number, TieExtras>(
      this.context.ties
        .all()
        .map((tie) => [tie.id, { description: tie.description, evidenceIds: tie.evidenceIds }]),
    )
    const title = `${libraryName}: ${filter ? 'network (filtered)' : 'whole network'}`
    const model = buildExportModel(this.network.data(), extras, filter, positions, title)
    const writer = WRITERS[format]
    const written = writer.write(model)
    return {
      fileName: `${libraryName} network.${writer.extension}`,
      mediaType: writer.mediaType,
      data: typeof written === 'string' ? new TextEncoder().encode(written) : written,
      nodeCount: model.nodes.length,
      edgeCount: model.ties.length,
    }
  }
}
