// An actor's summary: type, aliases, description, and its ties in the graph
// on screen (each opens its edge); buttons to show only its neighbourhood and
// to record a tie from it.
import { useEffect, useState } from 'react'
import type { Entity } from '@shared/actors'
import type { Graph } from '@shared/network/graph-filter'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../api/weft-client'
import { plural } from '../format'
import { SidePanel } from './SidePanel'

interface NodePanelProps {
  actorId: number
  graph: Graph
  names: Map<number, string>
  focusedHops: 1 | 2 | undefined
  onFocus(hops: 1 | 2 | undefined): void
  onSelectEdge(key: string): void
  onAddTie(): void
  onOpenActor(): void
  onClose(): void
}

export function NodePanel(props: NodePanelProps) {
  const { actorId, graph, names, focusedHops, onFocus, onSelectEdge, onAddTie, onOpenActor, onClose } = props
  const api = useApi()
  const [entity, setEntity] = useState<Entity>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    let live = true
    api.call('entities:get', { id: actorId }).then(
      (found) => live && setEntity(found),
      (failure: unknown) => live && setError(errorMessage(failure)),
    )
    return () => {
      live = false
    }
  }, [api, actorId])

  const node = graph.nodes.find((candidate) => candidate.id === actorId)
  const edges = graph.edges.filter((edge) => edge.source === actorId || edge.target === actorId)
  return (
    <SidePanel title={entity?.name ?? names.get(actorId) ?? 'Actor'} onClose={onClose}>
      {error && (
        <p className="weft-form-error" role="alert">
          {error}
        </p>
      )}
      <p className="network-side-lead">
        {entity?.type ?? node?.type}
        {node && ` · ${plural(node.tieCount, 'tie')} shown · ${plural(node.evidence, 'evidence passage')}`}
      </p>
      {entity && entity.aliases.length > 0 && (
        <p className="actor-summary-aliases" dir="auto">
          Also: {entity.aliases.map((alias) => alias.name).join(', ')}
        </p>
      )}
      {entity?.description && (
        <p className="actor-summary-description" dir="auto">
          {entity.description}
        </p>
      )}
      {entity?.parent && <p className="actor-summary-parent">Part of {entity.parent.name}</p>}
      <div className="actor-summary-actions" role="group" aria-label="Neighbourhood">
        <button
          type="button"
          className="button"
          aria-pressed={focusedHops === 1}
          onClick={() => onFocus(focusedHops === 1 ? undefined : 1)}
        >
          Neighbours
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={focusedHops === 2}
          onClick={() => onFocus(focusedHops === 2 ? undefined : 2)}
        >
          2 steps away
        </button>
        <button type="button" className="button" onClick={onAddTie}>
          Add tie…
        </button>
        <button type="button" className="button" onClick={onOpenActor}>
          Actor page
        </button>
      </div>
      {edges.length > 0 && (
        <>
          <h3 className="network-side-subheading">Ties shown</h3>
          <ul className="actor-summary-ties">
            {edges.map((edge) => {
              const other = edge.source === actorId ? edge.target : edge.source
              const arrow = !edge.directed ? '–' : edge.source === actorId ? '→' : '←'
              return (
                <li key={edge.key}>
                  <button type="button" className="link-button" onClick={() => onSelectEdge(edge.key)}>
                    <span aria-hidden="true">{arrow}</span> <span dir="auto">{names.get(other)}</span>
                  </button>
                  <span className="actor-summary-tie-type">
                    {edge.type}
                    {edge.tieIds.length > 1 ? ` ×${edge.tieIds.length}` : ''}
                  </span>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </SidePanel>
  )
}
