// The four places the rail leads to.
export const VIEWS = ['library', 'actors', 'notes', 'network'] as const
export type View = (typeof VIEWS)[number]

export const VIEW_LABELS: Record<View, string> = {
  library: 'Library',
  actors: 'Actors',
  notes: 'Notes',
  network: 'Network',
}
