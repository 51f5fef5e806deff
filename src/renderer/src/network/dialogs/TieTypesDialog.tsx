// The tie type vocabulary: rename a type (its ties follow), change its colour
// or default direction, remove an unused one, add new ones.
import { useCallback, useEffect, useId, useState } from 'react'
import type { TieType } from '@shared/network/ties'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../api/weft-client'
import { Dialog } from '../../library/Dialog'

interface TieTypesDialogProps {
  onChanged(): void
  onClose(): void
}

export function TieTypesDialog({ onChanged, onClose }: TieTypesDialogProps) {
  const api = useApi()
  const ids = useId()
  const [types, setTypes] = useState<TieType[]>([])
  const [error, setError] = useState<string>()
  const [adding, setAdding] = useState({ name: '', color: '#5b6abf', directed: false })

  const load = useCallback(() => {
    api.call('ties:listTypes', {}).then(setTypes, (failure: unknown) => setError(errorMessage(failure)))
  }, [api])
  useEffect(load, [load])

  const act = async (work: () => Promise<unknown>) => {
    setError(undefined)
    try {
      await work()
      load()
      onChanged()
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  return (
    <Dialog
      title="Tie types"
      className="tie-types-dialog"
      onCancel={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      }
    >
      {error && (
        <p className="weft-form-error" role="alert">
          {error}
        </p>
      )}
      <table className="tie-types-table">
        <thead>
          <tr>
            <th scope="col">Colour</th>
            <th scope="col">Name</th>
            <th scope="col">Directed</th>
            <th scope="col">Ties</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {types.map((type) => (
            <tr key={type.name}>
              <td>
                <input
                  type="color"
                  aria-label={`Colour of ${type.name}`}
                  defaultValue={type.color}
                  onBlur={(event) =>
                    event.target.value !== type.color &&
                    void act(() =>
                      api.call('ties:updateType', { name: type.name, patch: { color: event.target.value } }),
                    )
                  }
                />
              </td>
              <td>
                <input
                  className="weft-input"
                  aria-label={`Name of ${type.name}`}
                  defaultValue={type.name}
                  onBlur={(event) => {
                    const name = event.target.value.trim()
                    if (name && name !== type.name)
                      void act(() => api.call('ties:updateType', { name: type.name, patch: { name } }))
                  }}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${type.name} is directed`}
                  checked={type.directed}
                  onChange={(event) =>
                    void act(() =>
                      api.call('ties:updateType', {
                        name: type.name,
                        patch: { directed: event.target.checked },
                      }),
                    )
                  }
                />
              </td>
              <td>{type.tieCount}</td>
              <td>
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={type.tieCount > 0}
                  title={type.tieCount > 0 ? 'In use: give its ties another type first' : undefined}
                  aria-label={`Remove ${type.name}`}
                  onClick={() => void act(() => api.call('ties:deleteType', { name: type.name }))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="tie-types-add">
        <legend>New type</legend>
        <input
          type="color"
          aria-label="Colour of the new type"
          value={adding.color}
          onChange={(event) => setAdding({ ...adding, color: event.target.value })}
        />
        <label htmlFor={`${ids}-name`} className="visually-hidden">
          Name of the new type
        </label>
        <input
          id={`${ids}-name`}
          className="weft-input"
          placeholder="ceasefire talks"
          value={adding.name}
          onChange={(event) => setAdding({ ...adding, name: event.target.value })}
        />
        <label className="tie-dialog-check">
          <input
            type="checkbox"
            checked={adding.directed}
            onChange={(event) => setAdding({ ...adding, directed: event.target.checked })}
          />
          Directed
        </label>
        <button
          type="button"
          className="button"
          disabled={!adding.name.trim()}
          onClick={() =>
            void act(async () => {
              await api.call('ties:addType', {
                name: adding.name.trim(),
                color: adding.color,
                directed: adding.directed,
              })
              setAdding({ name: '', color: adding.color, directed: false })
            })
          }
        >
          Add type
        </button>
      </fieldset>
    </Dialog>
  )
}
