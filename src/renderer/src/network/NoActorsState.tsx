// What the Network view shows before the library has any actor: what the
// network is made from, and the sample library to see one at once.
import { useApi } from '../api/api-context'
import { errorMessage } from '../api/weft-client'
import { NetworkIcon } from '../common/icons'

export function NoActorsState({ onError }: { onError(message: string): void }) {
  const api = useApi()
  const openSample = async () => {
    try {
      await api.call('sample:open', {})
    } catch (failure) {
      onError(`The sample library could not be opened: ${errorMessage(failure)}`)
    }
  }
  return (
    <div className="empty-state">
      <NetworkIcon />
      <h2>No actors yet</h2>
      <p>
        The network draws the ties between the actors your sources name. Mark passages in the reader and link
        them to actors, or open the sample library to see a network at once.
      </p>
      <button type="button" className="button button-primary" onClick={() => void openSample()}>
        Open Sample Library
      </button>
    </div>
  )
}
