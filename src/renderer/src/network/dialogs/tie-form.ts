// The Add tie dialog's form: its fields as typed, their checks, and the tie
// they make. Pure, so the checks are the same wherever the dialog is mounted.
import type { TieConfidence, TieDetail, TieFields, TieStatus, TieSuggestion } from '@shared/network/ties'
import { isValidPartialDate } from '@shared/partial-date'
import { tieDatesProblem } from '@shared/network/tie-dates'

export interface TieForm {
  fromId: number | null
  toId: number | null
  type: string
  /** Undefined until the user chooses; until then the type's own direction applies. */
  directed: boolean | undefined
  startDate: string
  endDate: string
  ongoing: boolean
  status: TieStatus
  confidence: TieConfidence
  place: string
  description: string
  evidenceIds: number[]
}

export function initialForm(
  initial: Partial<TieFields> | undefined,
  tie: TieDetail | undefined,
  suggestion: TieSuggestion | undefined,
): TieForm {
  const source = tie ?? initial ?? {}
  return {
    fromId: suggestion?.fromId ?? source.fromId ?? null,
    toId: suggestion?.toId ?? source.toId ?? null,
    type: suggestion?.type ?? source.type ?? '',
    directed: suggestion?.directed ?? source.directed,
    startDate: source.startDate ?? suggestion?.sourceDate ?? '',
    endDate: source.endDate ?? '',
    ongoing: source.ongoing ?? false,
    status: source.status ?? 'reported',
    confidence: source.confidence ?? 'medium',
    place: source.place ?? '',
    description: source.description ?? '',
    evidenceIds: tie ? tie.evidence.map((passage) => passage.id) : [...(initial?.evidenceIds ?? [])],
  }
}

export type FormProblems = Partial<
  Record<'fromId' | 'toId' | 'type' | 'startDate' | 'endDate' | 'form', string>
>

export function formProblems(form: TieForm): FormProblems {
  const problems: FormProblems = {}
  if (form.fromId === null) problems.fromId = 'Choose the actor the tie starts from.'
  if (form.toId === null) problems.toId = 'Choose the other actor.'
  if (form.fromId !== null && form.fromId === form.toId) problems.toId = 'A tie joins two different actors.'
  if (!form.type) problems.type = 'Choose a tie type.'
  const dateHint = 'Use a year, a month or a day: 2025, 2025-11 or 2025-11-24.'
  if (form.startDate.trim() && !isValidPartialDate(form.startDate.trim())) problems.startDate = dateHint
  if (!form.ongoing && form.endDate.trim() && !isValidPartialDate(form.endDate.trim()))
    problems.endDate = dateHint
  if (!problems.startDate && !problems.endDate) {
    const order = tieDatesProblem(datesOf(form))
    if (order) problems.endDate = order
  }
  return problems
}

function datesOf(form: TieForm) {
  return {
    startDate: form.startDate.trim() || null,
    endDate: form.ongoing ? null : form.endDate.trim() || null,
    ongoing: form.ongoing,
  }
}

/** The tie the form describes (call only when formProblems is empty). */
export function formFields(form: TieForm, typeDirected: boolean): TieFields {
  return {
    fromId: form.fromId!,
    toId: form.toId!,
    type: form.type,
    directed: form.directed ?? typeDirected,
    ...datesOf(form),
    status: form.status,
    confidence: form.confidence,
    place: form.place.trim() || null,
    description: form.description.trim(),
    evidenceIds: form.evidenceIds,
  }
}
