// What the Network feature offers the rest of the app: the view (loaded on
// demand, so Cytoscape stays out of the first load) and the Add tie dialog
// (for the reader's selection toolbar and actor pages).
export { AddTieDialog, type AddTieDialogProps } from './dialogs/AddTieDialog'
export { NetworkViewLoader as NetworkView } from './NetworkViewLoader'
