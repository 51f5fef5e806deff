// The keyboard shortcuts of the note editor, in a dialog (Ctrl/Cmd+/).
import { Dialog } from '../../library/Dialog'
import { displayKeys, SHORTCUT_GROUPS } from './shortcuts'

export function HelpSheet({ onClose }: { onClose(): void }) {
  return (
    <Dialog
      title="Keyboard shortcuts"
      className="note-help-sheet"
      onCancel={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <div className="note-help-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} aria-labelledby={`help-${group.title}`}>
            <h3 id={`help-${group.title}`}>{group.title}</h3>
            <dl>
              {group.entries.map((entry) => (
                <div key={`${entry.keys}-${entry.action}`} className="note-help-row">
                  <dt>
                    <kbd>{displayKeys(entry.keys)}</kbd>
                  </dt>
                  <dd>{entry.action}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  )
}
