// The Network view's dialogs, one open at a time: Add or edit a tie (also to
// accept a suggestion with changes), Export, Save view and the tie types.
import type { GraphFilter } from '@shared/network/graph-filter'
import type { TieDetail, TieFields, TieSuggestion } from '@shared/network/ties'
import type { NodePositions, SavedNetworkView } from '@shared/network/views'
import type { NetworkCanvasHandle } from './canvas/NetworkCanvas'
import { AddTieDialog } from './dialogs/AddTieDialog'
import { ExportDialog } from './dialogs/ExportDialog'
import { SaveViewDialog } from './dialogs/SaveViewDialog'
import { TieTypesDialog } from './dialogs/TieTypesDialog'

export type DialogState =
  | { kind: 'tie'; initial?: Partial<TieFields>; tie?: TieDetail; suggestion?: TieSuggestion }
  | { kind: 'export' | 'saveView' | 'tieTypes' }

interface NetworkDialogsProps {
  dialog: DialogState | undefined
  canvas(): NetworkCanvasHandle | null
  filter: GraphFilter
  /** Said of pictures when the drawing leaves ties out. */
  pictureNote: string | undefined
  positions(): NodePositions
  activeView: SavedNetworkView | undefined
  onTieSaved(tie: TieDetail): void
  onSaveView(name: string, replace: boolean): Promise<void>
  onChanged(): void
  onClose(): void
}

export function NetworkDialogs({ dialog, onClose, ...props }: NetworkDialogsProps) {
  switch (dialog?.kind) {
    case 'tie':
      return (
        <AddTieDialog
          initial={dialog.initial}
          tie={dialog.tie}
          suggestion={dialog.suggestion}
          onSaved={props.onTieSaved}
          onCancel={onClose}
        />
      )
    case 'export':
      return (
        <ExportDialog
          canvas={props.canvas}
          filter={props.filter}
          pictureNote={props.pictureNote}
          positions={props.positions}
          onClose={onClose}
        />
      )
    case 'saveView':
      return <SaveViewDialog current={props.activeView} onSave={props.onSaveView} onCancel={onClose} />
    case 'tieTypes':
      return <TieTypesDialog onChanged={props.onChanged} onClose={onClose} />
    default:
      return null
  }
}
