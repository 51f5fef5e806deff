// Line icons for the reader's tools, drawn on the same 24px grid as the app's.
import { Icon } from '../common/icons'

export const FindIcon = () => (
  <Icon>
    <circle cx="10.5" cy="10.5" r="6" />
    <path d="m15 15 5 5" />
  </Icon>
)

export const PreviousIcon = () => (
  <Icon>
    <path d="m6 15 6-6 6 6" />
  </Icon>
)

export const NextIcon = () => (
  <Icon>
    <path d="m6 9 6 6 6-6" />
  </Icon>
)

export const ExportIcon = () => (
  <Icon>
    <path d="M12 15V4" />
    <path d="m7.5 8.5 4.5-4.5 4.5 4.5" />
    <path d="M5 14v4.5A1.5 1.5 0 0 0 6.5 20h11a1.5 1.5 0 0 0 1.5-1.5V14" />
  </Icon>
)

export const PasteIcon = () => (
  <Icon>
    <path d="M9 4.5H6.5A1.5 1.5 0 0 0 5 6v13.5A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5V6a1.5 1.5 0 0 0-1.5-1.5H15" />
    <rect x="9" y="3" width="6" height="3.5" rx="1" />
    <path d="M9 12h6M9 15.5h4" />
  </Icon>
)

export const HighlightIcon = () => (
  <Icon>
    <path d="m9 15 8.5-8.5a2.1 2.1 0 0 0-3-3L6 12l-1 4 4-1z" />
    <path d="M4 20h16" />
  </Icon>
)

export const LinkActorIcon = () => (
  <Icon>
    <circle cx="9" cy="8" r="3.5" />
    <path d="M3.5 19.5c.8-3.2 2.9-5 5.5-5s4.7 1.8 5.5 5" />
    <path d="M18 8v6M15 11h6" />
  </Icon>
)

export const CommentIcon = () => (
  <Icon>
    <path d="M5 5.5h14a1.5 1.5 0 0 1 1.5 1.5v8.5A1.5 1.5 0 0 1 19 17h-8l-4.5 3.5V17H5a1.5 1.5 0 0 1-1.5-1.5V7A1.5 1.5 0 0 1 5 5.5z" />
  </Icon>
)

export const TieIcon = () => (
  <Icon>
    <circle cx="6" cy="12" r="2.5" />
    <circle cx="18" cy="6" r="2.5" />
    <circle cx="18" cy="18" r="2.5" />
    <path d="m8.3 10.8 7.4-3.6M8.3 13.2l7.4 3.6" />
  </Icon>
)

export const PassagesIcon = () => (
  <Icon>
    <path d="M5 5h14M5 9.5h9M5 14h14M5 18.5h9" />
  </Icon>
)

export const DragIcon = () => (
  <Icon>
    <circle cx="9" cy="6" r="1" />
    <circle cx="15" cy="6" r="1" />
    <circle cx="9" cy="12" r="1" />
    <circle cx="15" cy="12" r="1" />
    <circle cx="9" cy="18" r="1" />
    <circle cx="15" cy="18" r="1" />
  </Icon>
)

export const DeleteIcon = () => (
  <Icon>
    <path d="M4.5 7h15M10 11v6M14 11v6" />
    <path d="M6 7l1 12.5A1.5 1.5 0 0 0 8.5 21h7a1.5 1.5 0 0 0 1.5-1.5L18 7" />
    <path d="M9 7V4.5A1 1 0 0 1 10 3.5h4a1 1 0 0 1 1 1V7" />
  </Icon>
)

export const NewVersionIcon = () => (
  <Icon>
    <path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3" />
    <path d="M19.5 4.5v4h-4" />
  </Icon>
)
