// Passages and actors: the types every process shares.
import type { TextRange } from './models'

export const BUILTIN_ENTITY_TYPES = [
  'person',
  'organisation',
  'government body',
  'armed group',
  'country',
  'place',
  'event',
  'other',
] as const

export const ALIAS_KINDS = ['name', 'acronym', 'transliteration', 'former name', 'nickname'] as const
export type AliasKind = (typeof ALIAS_KINDS)[number]

export interface Alias {
  id: number
  name: string
  kind: AliasKind
}

export interface EntitySummary {
  id: number
  /** One of the entity types (built in or added by the user). */
  type: string
  name: string
  aliases: Alias[]
  parentId: number | null
  passageCount: number
  sourceCount: number
  tieCount: number
}

export interface Entity extends EntitySummary {
  description: string
  attributes: Record<string, string>
  parent: { id: number; name: string } | null
  children: { id: number; name: string; type: string }[]
}

export interface EntityType {
  name: string
  builtin: boolean
}

export const PASSAGE_STATUSES = ['anchored', 'needs_review'] as const
export type PassageStatus = (typeof PASSAGE_STATUSES)[number]

/** A span of a source's text, kept as W3C Web Annotation selectors. */
export interface Passage extends TextRange {
  id: number
  sourceId: number
  exact: string
  prefix: string
  suffix: string
  status: PassageStatus
  comment: string | null
  color: string | null
  entityIds: number[]
  createdAt: string
}

/** A passage with what a citation needs from its source. */
export interface CitedPassage extends Passage {
  sourceTitle: string
  sourcePublisher: string | null
  sourceDate: string | null
}

export const SUGGESTION_STATUSES = ['open', 'accepted', 'rejected'] as const
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number]

export interface MentionSuggestion extends TextRange {
  id: number
  entityId: number
  sourceId: number
  exact: string
  /** The alias that matched, and why the text counts as it. */
  alias: string
  reasons: string[]
  status: SuggestionStatus
  /** The passage an accepted suggestion became (or that covers it); null otherwise. */
  passageId: number | null
}

export interface MergeReceipt {
  keptId: number
  mergedId: number
  undoToken: string
}
