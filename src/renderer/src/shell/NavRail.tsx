// The left rail: Library, Actors, Notes, Network (Ctrl/Cmd+1 to 4).
import type { ReactElement } from 'react'
import { ActorsIcon, LibraryIcon, NetworkIcon, NotesIcon, WeftMark } from '../common/icons'
import { VIEW_LABELS, VIEWS, type View } from './views'

const ICONS: Record<View, () => ReactElement> = {
  library: LibraryIcon,
  actors: ActorsIcon,
  notes: NotesIcon,
  network: NetworkIcon,
}

export function NavRail({ view, onChange }: { view: View; onChange(view: View): void }) {
  return (
    <nav className="rail" aria-label="Main">
      <div className="rail-brand" title="Weft">
        <WeftMark />
      </div>
      {VIEWS.map((item, index) => {
        const Icon = ICONS[item]
        return (
          <button
            key={item}
            type="button"
            className="rail-item"
            aria-current={item === view ? 'page' : undefined}
            aria-keyshortcuts={`Control+${index + 1}`}
            title={`${VIEW_LABELS[item]} (Ctrl+${index + 1})`}
            onClick={() => onChange(item)}
          >
            <Icon />
            <span>{VIEW_LABELS[item]}</span>
          </button>
        )
      })}
    </nav>
  )
}
