// cytoscape-fcose ships no typings; Weft only registers it as a layout.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape'
  const fcose: Ext
  export default fcose
}
