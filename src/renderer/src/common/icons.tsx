// The handful of line icons Weft uses, drawn on a 24px grid.
import type { ReactElement } from 'react'

/** The frame every line icon shares: a 24px grid, drawn in the text colour, hidden from screen readers. */
export function Icon({
  children,
  strokeWidth = 1.7,
}: {
  children: ReactElement | ReactElement[]
  strokeWidth?: number
}) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  )
}

export const LibraryIcon = () => (
  <Icon>
    <path d="M4 5.5A1.5 1.5 0 0 1 5.5 4H9v16H5.5A1.5 1.5 0 0 1 4 18.5z" />
    <path d="M9 4h4v16H9" />
    <path d="m14.5 5.2 3.3-.9 3 11.4-3.3.9z" />
  </Icon>
)

export const ActorsIcon = () => (
  <Icon>
    <circle cx="9" cy="8" r="3.2" />
    <path d="M3.5 19c.6-3.2 2.8-5 5.5-5s4.9 1.8 5.5 5" />
    <circle cx="17" cy="9" r="2.4" />
    <path d="M15.8 14.2c2.3.1 4 1.6 4.7 4.3" />
  </Icon>
)

export const NotesIcon = () => (
  <Icon>
    <path d="M6 3.5h9l3.5 3.5v13.5H6z" />
    <path d="M14.5 3.5V7.5h4" />
    <path d="M9 12h6.5M9 15.5h6.5M9 8.5h3" />
  </Icon>
)

export const NetworkIcon = () => (
  <Icon>
    <circle cx="6" cy="7" r="2.3" />
    <circle cx="18" cy="6" r="2.3" />
    <circle cx="12" cy="17.5" r="2.3" />
    <path d="M8.2 7.6 15.8 6.4M7.2 9l3.7 6.5M16.9 8.1l-3.8 7.4" />
  </Icon>
)

export const ImportIcon = () => (
  <Icon>
    <path d="M12 4v11" />
    <path d="m7.5 10.5 4.5 4.5 4.5-4.5" />
    <path d="M5 19.5h14" />
  </Icon>
)

export const WeftMark = () => (
  <Icon>
    <path d="M3 7h18M3 12h18M3 17h18" opacity={0.45} />
    <path d="M7 3.5c2 3 2 14 0 17M12 3.5c-2 3-2 14 0 17M17 3.5c2 3 2 14 0 17" />
  </Icon>
)

export const EmptyLibraryIllustration = () => (
  <Icon>
    <path d="M3.5 6.5h6l1.5 2h9.5v10a1.5 1.5 0 0 1-1.5 1.5h-14A1.5 1.5 0 0 1 3.5 18.5z" />
    <path d="M12 11.5v5M9.5 14h5" />
  </Icon>
)

export const CloseIcon = () => (
  <Icon>
    <path d="M6 6l12 12M18 6 6 18" />
  </Icon>
)
