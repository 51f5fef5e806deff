// "Add tie": records a tie between two actors (type, direction, dates,
// status, confidence, place, evidence passages). Mounted from the reader's
// selection toolbar (a passage as evidence), an actor's page (the from-actor)
// and the network view (both actors, from a drag); also edits a tie, and
// accepts a suggested tie with the user's changes.
import { useEffect, useId, useMemo, useState, type CSSProperties } from 'react'
import type { TieDetail, TieFields, TieSuggestion, TieType } from '@shared/network/ties'
import { TIE_CONFIDENCES, TIE_STATUSES } from '@shared/network/ties'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../api/weft-client'
import { Dialog } from '../../library/Dialog'
import { DialogButtons } from '../../library/DialogButtons'
import '../../library/form-controls.css'
import { ActorCombobox, type PickableActor } from './ActorCombobox'
import { EvidenceList } from './EvidenceList'
import { useEvidenceCandidates } from './evidence-candidates'
import { formFields, formProblems, initialForm, type TieForm } from './tie-form'
import './tie-dialog.css'

export interface AddTieDialogProps {
  /** Where to start: a from-actor (actor page), passages (a reader selection), both actors (a drag). */
  initial?: Partial<TieFields>
  /** Edit this tie instead of recording a new one. */
  tie?: TieDetail
  /** Accept this suggested tie, as the user changes it. */
  suggestion?: TieSuggestion
  onSaved(tie: TieDetail): void
  onCancel(): void
}

export function AddTieDialog({ initial, tie, suggestion, onSaved, onCancel }: AddTieDialogProps) {
  const api = useApi()
  const ids = useId()
  const [form, setForm] = useState<TieForm>(() => initialForm(initial, tie, suggestion))
  const [actors, setActors] = useState<PickableActor[]>([])
  const [types, setTypes] = useState<TieType[]>([])
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const candidates = useEvidenceCandidates(form.fromId, form.toId, form.evidenceIds, tie?.evidence ?? [])

  useEffect(() => {
    let live = true
    Promise.all([api.call('entities:list', {}), api.call('ties:listTypes', {})]).then(
      ([entities, tieTypes]) => {
        if (!live) return
        setActors(
          entities.map((entity) => ({ ...entity, aliases: entity.aliases.map((alias) => alias.name) })),
        )
        setTypes(tieTypes)
        setForm((current) => (current.type ? current : { ...current, type: tieTypes[0]?.name ?? '' }))
      },
      (failure: unknown) =>
        live && setError(`Could not load the actors and tie types: ${errorMessage(failure)}`),
    )
    return () => {
      live = false
    }
  }, [api])

  const type = types.find((entry) => entry.name.toLowerCase() === form.type.toLowerCase())
  const directed = form.directed ?? type?.directed ?? false
  const problems = useMemo(() => formProblems(form), [form])
  const shownProblems = tried ? problems : {}
  const set = <K extends keyof TieForm>(key: K, value: TieForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }))

  const save = async () => {
    setTried(true)
    if (Object.keys(problems).length > 0) return
    const fields = formFields(form, type?.directed ?? false)
    setBusy(true)
    setError(undefined)
    try {
      onSaved(await submit(fields))
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  const submit = async (fields: TieFields): Promise<TieDetail> => {
    const { evidenceIds, ...rest } = fields
    if (tie) {
      await api.call('ties:update', { id: tie.id, patch: rest })
      const had = new Set(tie.evidence.map((passage) => passage.id))
      const adding = evidenceIds.filter((id) => !had.has(id))
      if (adding.length > 0) await api.call('ties:addEvidence', { tieId: tie.id, passageIds: adding })
      for (const id of had)
        if (!evidenceIds.includes(id)) await api.call('ties:removeEvidence', { tieId: tie.id, passageId: id })
      return api.call('ties:get', { id: tie.id })
    }
    if (suggestion) {
      const accepted = await api.call('ties:acceptSuggestion', { id: suggestion.id, edits: rest })
      const extra = evidenceIds.filter((id) => !accepted.evidenceIds.includes(id))
      return extra.length > 0
        ? api.call('ties:addEvidence', { tieId: accepted.id, passageIds: extra })
        : accepted
    }
    return api.call('ties:create', fields)
  }

  const title = tie ? 'Edit tie' : suggestion ? 'Accept suggested tie' : 'Add tie'
  return (
    <Dialog
      title={title}
      className="tie-dialog"
      onCancel={onCancel}
      description={
        suggestion ? (
          <p dir="auto">
            “{suggestion.sentence}” ({suggestion.sourceTitle})
          </p>
        ) : undefined
      }
      footer={
        <DialogButtons
          confirmLabel={tie ? 'Save changes' : 'Save tie'}
          onConfirm={() => void save()}
          onCancel={onCancel}
          disabled={busy}
        />
      }
    >
      {error && (
        <p className="weft-form-error" role="alert">
          {error}
        </p>
      )}
      <div className="tie-dialog-actors">
        <ActorCombobox
          label="From actor"
          actors={actors}
          value={form.fromId}
          onChange={(id) => set('fromId', id)}
          invalid={Boolean(shownProblems.fromId)}
          describedBy={shownProblems.fromId ? `${ids}-from-error` : undefined}
        />
        <button
          type="button"
          className="button button-quiet tie-dialog-swap"
          aria-label="Swap the two actors"
          title="Swap the two actors"
          onClick={() => setForm((current) => ({ ...current, fromId: current.toId, toId: current.fromId }))}
        >
          ⇄
        </button>
        <ActorCombobox
          label="To actor"
          actors={actors}
          value={form.toId}
          onChange={(id) => set('toId', id)}
          invalid={Boolean(shownProblems.toId)}
          describedBy={shownProblems.toId ? `${ids}-to-error` : undefined}
        />
      </div>
      {shownProblems.fromId && (
        <p id={`${ids}-from-error`} className="weft-field-error">
          {shownProblems.fromId}
        </p>
      )}
      {shownProblems.toId && (
        <p id={`${ids}-to-error`} className="weft-field-error">
          {shownProblems.toId}
        </p>
      )}
      <div className="tie-dialog-row">
        <div className="weft-field">
          <label htmlFor={`${ids}-type`}>Type</label>
          <div className="tie-type-select">
            <span
              className="tie-type-swatch"
              aria-hidden="true"
              style={{ '--swatch': type?.color ?? 'transparent' } as CSSProperties}
            />
            <select
              id={`${ids}-type`}
              className="weft-select"
              value={type?.name ?? form.type}
              onChange={(event) =>
                setForm((current) => ({ ...current, type: event.target.value, directed: undefined }))
              }
            >
              {types.map((entry) => (
                <option key={entry.name} value={entry.name}>
                  {entry.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label className="tie-dialog-check">
          <input
            type="checkbox"
            checked={directed}
            onChange={(event) => set('directed', event.target.checked)}
          />
          Directed (from → to)
        </label>
      </div>
      <div className="tie-dialog-row">
        <div className="weft-field">
          <label htmlFor={`${ids}-start`}>Start date</label>
          <input
            id={`${ids}-start`}
            className="weft-input"
            placeholder="2025, 2025-11 or 2025-11-24"
            value={form.startDate}
            aria-invalid={Boolean(shownProblems.startDate) || undefined}
            aria-describedby={shownProblems.startDate ? `${ids}-start-error` : undefined}
            onChange={(event) => set('startDate', event.target.value)}
          />
          {shownProblems.startDate && (
            <span id={`${ids}-start-error`} className="weft-field-error">
              {shownProblems.startDate}
            </span>
          )}
        </div>
        <div className="weft-field">
          <label htmlFor={`${ids}-end`}>End date</label>
          <input
            id={`${ids}-end`}
            className="weft-input"
            placeholder={form.ongoing ? 'still holds' : 'same as start'}
            disabled={form.ongoing}
            value={form.ongoing ? '' : form.endDate}
            aria-invalid={Boolean(shownProblems.endDate) || undefined}
            aria-describedby={shownProblems.endDate ? `${ids}-end-error` : undefined}
            onChange={(event) => set('endDate', event.target.value)}
          />
          {shownProblems.endDate && (
            <span id={`${ids}-end-error`} className="weft-field-error">
              {shownProblems.endDate}
            </span>
          )}
        </div>
        <label className="tie-dialog-check">
          <input
            type="checkbox"
            checked={form.ongoing}
            onChange={(event) => set('ongoing', event.target.checked)}
          />
          Still holds
        </label>
      </div>
      <div className="tie-dialog-row">
        <div className="weft-field">
          <label htmlFor={`${ids}-status`}>Status</label>
          <select
            id={`${ids}-status`}
            className="weft-select"
            value={form.status}
            onChange={(event) => set('status', event.target.value as TieForm['status'])}
          >
            {TIE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </div>
        <div className="weft-field">
          <label htmlFor={`${ids}-confidence`}>Confidence</label>
          <select
            id={`${ids}-confidence`}
            className="weft-select"
            value={form.confidence}
            onChange={(event) => set('confidence', event.target.value as TieForm['confidence'])}
          >
            {TIE_CONFIDENCES.map((confidence) => (
              <option key={confidence} value={confidence}>
                {confidence}
              </option>
            ))}
          </select>
        </div>
        <div className="weft-field tie-dialog-grow">
          <label htmlFor={`${ids}-place`}>Place</label>
          <input
            id={`${ids}-place`}
            className="weft-input"
            dir="auto"
            value={form.place}
            onChange={(event) => set('place', event.target.value)}
          />
        </div>
      </div>
      <div className="weft-field">
        <label htmlFor={`${ids}-description`}>Description</label>
        <textarea
          id={`${ids}-description`}
          className="weft-input tie-dialog-description"
          dir="auto"
          rows={2}
          value={form.description}
          onChange={(event) => set('description', event.target.value)}
        />
      </div>
      <EvidenceList
        candidates={candidates}
        chosen={form.evidenceIds}
        suggestionSentence={suggestion?.sentence}
        onChange={(evidenceIds) => set('evidenceIds', evidenceIds)}
      />
    </Dialog>
  )
}
