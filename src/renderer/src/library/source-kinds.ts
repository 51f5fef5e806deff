// How each kind of source is named in the interface.
import { SOURCE_KINDS, type SourceKind } from '@shared/models'

export const KIND_LABELS: Record<SourceKind, string> = {
  article: 'Article',
  report: 'Report',
  statement: 'Statement',
  interview: 'Interview',
  other: 'Other',
}

export const KIND_OPTIONS = SOURCE_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))
