// The network's data exports (pictures, PNG and SVG, are made in the window).
export const GRAPH_EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'cyjs', 'ftm'] as const
export type GraphExportFormat = (typeof GRAPH_EXPORT_FORMATS)[number]

export const GRAPH_EXPORT_LABELS: Record<GraphExportFormat, string> = {
  graphml: 'GraphML (yEd, Gephi, NetworkX)',
  gexf: 'GEXF with dates (Gephi timeline)',
  csv: 'CSV: nodes.csv and edges.csv (zip)',
  cyjs: 'Cytoscape.js JSON',
  ftm: 'FollowTheMoney entities (JSON lines)',
}

export interface GraphExportFile {
  fileName: string
  mediaType: string
  data: Uint8Array
  nodeCount: number
  edgeCount: number
}
