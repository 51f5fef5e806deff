// Ties between actors and their vocabulary: the types every process shares.
import type { CitedPassage } from '../actors'

export const TIE_STATUSES = ['reported', 'confirmed', 'alleged', 'denied'] as const
export type TieStatus = (typeof TIE_STATUSES)[number]

export const TIE_CONFIDENCES = ['low', 'medium', 'high'] as const
export type TieConfidence = (typeof TIE_CONFIDENCES)[number]

export interface TieType {
  name: string
  /** #rrggbb, used for the edges of this type. */
  color: string
  /** Whether a new tie of this type starts out directed. */
  directed: boolean
  builtin: boolean
  tieCount: number
}

export interface Tie {
  id: number
  fromId: number
  toId: number
  type: string
  directed: boolean
  /** Partial dates (2025, 2025-11, 2025-11-24); null when unknown. */
  startDate: string | null
  endDate: string | null
  /** Still holds: the tie lasts from its start with no end yet. */
  ongoing: boolean
  status: TieStatus
  confidence: TieConfidence
  place: string | null
  description: string
  /** Passages that show the tie, oldest evidence first. */
  evidenceIds: number[]
  createdAt: string
  updatedAt: string
}

/** A tie with its actors' names, for lists. */
export interface TieSummary extends Tie {
  fromName: string
  fromType: string
  toName: string
  toType: string
}

/** A tie with its evidence quoted, for the side panel and the actor page. */
export interface TieDetail extends TieSummary {
  evidence: CitedPassage[]
}

/** What a new tie needs; the rest has defaults. */
export interface TieFields {
  fromId: number
  toId: number
  type: string
  directed: boolean
  startDate: string | null
  endDate: string | null
  ongoing: boolean
  status: TieStatus
  confidence: TieConfidence
  place: string | null
  description: string
  evidenceIds: number[]
}

export const SUGGESTION_STATES = ['open', 'accepted', 'rejected'] as const
export type TieSuggestionStatus = (typeof SUGGESTION_STATES)[number]

/** A sentence naming two known actors with a cue, offered as a tie. */
export interface TieSuggestion {
  id: number
  sourceId: number
  sourceTitle: string
  sourceDate: string | null
  fromId: number
  fromName: string
  toId: number
  toName: string
  type: string
  directed: boolean
  /** The words that suggested the tie ("in coordination with"). */
  cue: string
  /** The sentence, and where it lies in the source's text. */
  sentence: string
  start: number
  end: number
  status: TieSuggestionStatus
  tieId: number | null
}
