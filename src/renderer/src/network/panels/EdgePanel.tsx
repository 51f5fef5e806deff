// An edge's ties, each with its dates, status, place and evidence passages
// (quote, source, date) and a way to open the source at the passage; ties can
// be edited or deleted (with undo) from here.
import { useCallback, useEffect, useState } from 'react'
import type { TextRange } from '@shared/models'
import type { GraphEdge } from '@shared/network/graph-filter'
import type { TieDetail } from '@shared/network/ties'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../api/weft-client'
import { useUndo } from '../../shell/undo/UndoProvider'
import { formatPartialDate, formatTieDates, plural } from '../format'
import { SidePanel } from './SidePanel'

interface EdgePanelProps {
  edge: GraphEdge
  names: Map<number, string>
  /** A new value when the network changed, so the ties are read again. */
  version: unknown
  onOpenPassage(sourceId: number, range: TextRange): void
  onEdit(tie: TieDetail): void
  onChanged(): void
  onClose(): void
}

export function EdgePanel({
  edge,
  names,
  version,
  onOpenPassage,
  onEdit,
  onChanged,
  onClose,
}: EdgePanelProps) {
  const api = useApi()
  const undo = useUndo()
  const [ties, setTies] = useState<TieDetail[]>()
  const [error, setError] = useState<string>()
  const ids = edge.tieIds.join(',')

  const load = useCallback(() => {
    let live = true
    api.call('ties:getMany', { ids: ids.split(',').map(Number) }).then(
      (found) => live && setTies(found),
      (failure: unknown) => live && setError(`Could not read these ties: ${errorMessage(failure)}`),
    )
    return () => {
      live = false
    }
  }, [api, ids])
  useEffect(load, [load, version])

  const remove = async (tie: TieDetail) => {
    try {
      const { undoToken } = await api.call('ties:delete', { id: tie.id })
      onChanged()
      // On the app's undo stack: Ctrl/Cmd+Z brings it back as well as the toast's Undo.
      undo.push(
        {
          label: `deleting the ${tie.type} tie between ${tie.fromName} and ${tie.toName}`,
          undo: async () => {
            await api.call('ties:restore', { undoToken })
            onChanged()
          },
        },
        { title: `Deleted the ${tie.type} tie between ${tie.fromName} and ${tie.toName}.` },
      )
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  const title = `${names.get(edge.source) ?? '?'} ${edge.directed ? '→' : '–'} ${names.get(edge.target) ?? '?'}`
  return (
    <SidePanel title={title} onClose={onClose}>
      <p className="network-side-lead">
        {edge.type} · {plural(edge.tieIds.length, 'tie')} · {plural(edge.evidence, 'evidence passage')}
      </p>
      {error && (
        <p className="weft-form-error" role="alert">
          {error}
        </p>
      )}
      {ties?.map((tie) => (
        <article
          key={tie.id}
          className="tie-card"
          aria-label={`Tie: ${tie.fromName} ${tie.type} ${tie.toName}`}
        >
          <header className="tie-card-header">
            <h3 dir="auto">
              {tie.fromName} {tie.directed ? '→' : '–'} {tie.toName}
            </h3>
            <div className="tie-card-actions">
              <button type="button" className="button button-quiet" onClick={() => onEdit(tie)}>
                Edit…
              </button>
              <button type="button" className="button button-quiet" onClick={() => void remove(tie)}>
                Delete
              </button>
            </div>
          </header>
          <dl className="tie-card-facts">
            <dt>Type</dt>
            <dd>{tie.type}</dd>
            <dt>When</dt>
            <dd>{formatTieDates(tie)}</dd>
            <dt>Status</dt>
            <dd>
              {tie.status}, {tie.confidence} confidence
            </dd>
            {tie.place && (
              <>
                <dt>Place</dt>
                <dd dir="auto">{tie.place}</dd>
              </>
            )}
          </dl>
          {tie.description && (
            <p className="tie-card-description" dir="auto">
              {tie.description}
            </p>
          )}
          <h4 className="tie-card-evidence-heading">Evidence</h4>
          {tie.evidence.length === 0 ? (
            <p className="tie-card-empty">No passage yet. Edit the tie to add some.</p>
          ) : (
            <ul className="tie-card-evidence">
              {tie.evidence.map((passage) => (
                <li key={passage.id}>
                  <blockquote dir="auto">{passage.exact}</blockquote>
                  <div className="tie-card-source">
                    <cite dir="auto">{passage.sourceTitle}</cite>
                    {passage.sourceDate && <span>{formatPartialDate(passage.sourceDate)}</span>}
                    <button
                      type="button"
                      className="button button-quiet"
                      onClick={() =>
                        onOpenPassage(passage.sourceId, { start: passage.start, end: passage.end })
                      }
                    >
                      Open in source
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </SidePanel>
  )
}
