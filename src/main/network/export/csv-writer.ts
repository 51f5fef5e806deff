// nodes.csv and edges.csv (RFC 4180, UTF-8 with a byte-order mark so
// spreadsheets read Arabic names right), zipped together.
import { strToU8, zipSync } from 'fflate'
import type { ExportModel } from './export-model'

type Cell = string | number | boolean | null

/** Quotes what needs quoting; a cell a spreadsheet would run as a formula is kept as text. */
export function csvCell(value: Cell): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+@\t\r]|^-[^\d]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function table(header: string[], rows: Cell[][]): string {
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

export function nodesCsv(model: ExportModel): string {
  return table(
    [
      'id',
      'label',
      'type',
      'aliases',
      'degree',
      'weighted_degree',
      'betweenness',
      'closeness',
      'community',
      'ties',
      'evidence',
    ],
    model.nodes.map((node) => [
      `a${node.id}`,
      node.name,
      node.type,
      node.aliases.join('; '),
      node.degree,
      node.weightedDegree,
      node.betweenness,
      node.closeness,
      node.community,
      node.ties,
      node.evidence,
    ]),
  )
}

export function edgesCsv(model: ExportModel): string {
  return table(
    [
      'id',
      'source',
      'target',
      'type',
      'directed',
      'status',
      'confidence',
      'start',
      'end',
      'ongoing',
      'place',
      'evidence',
      'evidence_passages',
      'description',
    ],
    model.ties.map((tie) => [
      `t${tie.id}`,
      `a${tie.from}`,
      `a${tie.to}`,
      tie.type,
      tie.directed,
      tie.status,
      tie.confidence,
      tie.startDate,
      tie.endDate,
      tie.ongoing,
      tie.place,
      tie.evidence,
      tie.evidenceIds.join(' '),
      tie.description,
    ]),
  )
}

export function writeCsvZip(model: ExportModel): Uint8Array {
  return zipSync({ 'nodes.csv': strToU8(nodesCsv(model)), 'edges.csv': strToU8(edgesCsv(model)) })
}
