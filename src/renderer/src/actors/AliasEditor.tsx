// An actor's aliases with their kinds: add, remove, or split one off into its own actor.
import { useState } from 'react'
import { ALIAS_KINDS, type Alias, type AliasKind } from '@shared/actors'
import { looksLikeAcronym } from '@shared/names/normalise-name'
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { useToasts } from '../shell/toasts'
import '../library/form-controls.css'

interface AliasEditorProps {
  actorId: number
  actorName: string
  aliases: Alias[]
  onSplit(newActorId: number): void
}

export function AliasEditor({ actorId, actorName, aliases, onSplit }: AliasEditorProps) {
  const api = useApi()
  const toasts = useToasts()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<AliasKind | 'auto'>('auto')
  const [error, setError] = useState<string>()

  const add = async () => {
    const alias = name.trim()
    if (!alias) return
    const chosen: AliasKind =
      kind === 'auto' ? (looksLikeAcronym(alias) ? 'acronym' : 'transliteration') : kind
    try {
      await api.call('entities:addAlias', { entityId: actorId, alias: { name: alias, kind: chosen } })
      setName('')
      setError(undefined)
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  const run = (work: () => Promise<unknown>) =>
    work().catch((failure: unknown) => toasts.show({ kind: 'error', title: errorMessage(failure) }))
  const others = aliases.filter((alias) => alias.name !== actorName)

  return (
    <section className="actor-section" aria-labelledby="aliases-heading">
      <h3 id="aliases-heading">Aliases</h3>
      {others.length === 0 && (
        <p className="actor-muted">No aliases yet. Add the other spellings and acronyms sources use.</p>
      )}
      <ul className="alias-list">
        {others.map((alias) => (
          <li key={alias.id} className="alias-item">
            <span dir="auto" className="alias-name">
              {alias.name}
            </span>
            <span className="alias-kind">{alias.kind}</span>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() =>
                void run(async () =>
                  onSplit((await api.call('entities:splitAlias', { aliasId: alias.id })).id),
                )
              }
            >
              Split off<span className="visually-hidden"> {alias.name} as its own actor</span>
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => void run(() => api.call('entities:removeAlias', { aliasId: alias.id }))}
            >
              Remove<span className="visually-hidden"> alias {alias.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="alias-add">
        <label className="visually-hidden" htmlFor="alias-new">
          New alias
        </label>
        <input
          id="alias-new"
          className="weft-input"
          placeholder="Add an alias (al-Shara, SDF…)"
          dir="auto"
          value={name}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void add()
          }}
        />
        <label className="visually-hidden" htmlFor="alias-kind">
          Alias kind
        </label>
        <select
          id="alias-kind"
          className="weft-select"
          value={kind}
          onChange={(event) => setKind(event.target.value as AliasKind | 'auto')}
        >
          <option value="auto">kind: automatic</option>
          {ALIAS_KINDS.map((item) => (
            <option key={item} value={item}>
              {item}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={!name.trim()} onClick={() => void add()}>
          Add alias
        </button>
      </div>
      {error && (
        <p className="weft-field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
