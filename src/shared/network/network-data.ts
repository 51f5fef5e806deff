// The whole network in compact form: what the view loads once and filters
// locally (so the time slider answers at once), and what exports start from.
import type { TieConfidence, TieStatus, TieType } from './ties'

export interface NetworkActor {
  id: number
  name: string
  type: string
  aliases: string[]
}

export interface NetworkTie {
  id: number
  /** Live actors (a tie of an actor merged into another counts as that other's). */
  from: number
  to: number
  type: string
  directed: boolean
  startDate: string | null
  endDate: string | null
  ongoing: boolean
  status: TieStatus
  confidence: TieConfidence
  place: string | null
  /** Number of evidence passages. */
  evidence: number
}

export interface NetworkData {
  actors: NetworkActor[]
  ties: NetworkTie[]
  tieTypes: TieType[]
  actorTypes: string[]
}
