// Line icons for the note editor's toolbar, on the same 24px grid as the app's.
import type { ReactElement } from 'react'
import { Icon as AppIcon } from '../../common/icons'

/** The toolbar's icons are drawn a little heavier than the rest, to read at their small size. */
function Icon({ children }: { children: ReactElement | ReactElement[] }) {
  return <AppIcon strokeWidth={1.8}>{children}</AppIcon>
}

export const UndoIcon = () => (
  <Icon>
    <path d="M9 7 4.5 11.5 9 16" />
    <path d="M5 11.5h9.5a5 5 0 0 1 0 10H12" />
  </Icon>
)
export const RedoIcon = () => (
  <Icon>
    <path d="M15 7l4.5 4.5L15 16" />
    <path d="M19 11.5H9.5a5 5 0 0 0 0 10H12" />
  </Icon>
)
export const BlockQuoteIcon = () => (
  <Icon>
    <path d="M5 6v12" />
    <path d="M9 8h10M9 12h10M9 16h6" />
  </Icon>
)
export const CodeIcon = () => (
  <Icon>
    <path d="m8 7-5 5 5 5M16 7l5 5-5 5" />
  </Icon>
)
export const LinkIcon = () => (
  <Icon>
    <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
    <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
  </Icon>
)
export const BulletListIcon = () => (
  <Icon>
    <circle cx="5" cy="7" r="1" />
    <circle cx="5" cy="12" r="1" />
    <circle cx="5" cy="17" r="1" />
    <path d="M9 7h11M9 12h11M9 17h11" />
  </Icon>
)
export const NumberListIcon = () => (
  <Icon>
    <path d="M4 5h1.5v4M4 9h3M4 14.5a1.5 1.5 0 1 1 2.6 1L4 19h3" />
    <path d="M10 7h10M10 12h10M10 17h10" />
  </Icon>
)
export const CheckListIcon = () => (
  <Icon>
    <rect x="3.5" y="4.5" width="5" height="5" rx="1" />
    <path d="m4.8 7 1.2 1.2 2-2.4" />
    <rect x="3.5" y="14.5" width="5" height="5" rx="1" />
    <path d="M11 7h9M11 17h9" />
  </Icon>
)
export const TableIcon = () => (
  <Icon>
    <rect x="3.5" y="4.5" width="17" height="15" rx="1.5" />
    <path d="M3.5 9.5h17M3.5 14.5h17M9.5 9.5v10M15 9.5v10" />
  </Icon>
)
export const RuleIcon = () => (
  <Icon>
    <path d="M3.5 12h17" />
    <path d="M7 7h10M7 17h10" strokeOpacity={0.4} />
  </Icon>
)
export const PassagesIcon = () => (
  <Icon>
    <path d="M5 4.5h10l4 4V19.5H5z" />
    <path d="M8.5 10.5h7M8.5 14h7M8.5 17h4" />
    <path d="M9 7.5c0-.8.5-1.5 1.4-1.5" />
  </Icon>
)
export const HistoryIcon = () => (
  <Icon>
    <path d="M4 12a8 8 0 1 0 2.4-5.7L4 8.5" />
    <path d="M4 4v4.5h4.5" />
    <path d="M12 8v4.5l3 2" />
  </Icon>
)
export const ExportIcon = () => (
  <Icon>
    <path d="M12 4v11M7.5 8.5 12 4l4.5 4.5" />
    <path d="M5 14v5.5h14V14" />
  </Icon>
)
export const HelpIcon = () => (
  <Icon>
    <rect x="2.5" y="6" width="19" height="12" rx="2" />
    <path d="M6 10h1M9.5 10h1M13 10h1M16.5 10h1.5M7 14h10" />
  </Icon>
)
export const ChevronIcon = () => (
  <Icon>
    <path d="m7 10 5 5 5-5" />
  </Icon>
)
