// Says whose neighbourhood the network is focused on, with the way back to everyone.
export function FocusNote({
  name,
  hops,
  onShowEveryone,
}: {
  name: string | undefined
  hops: number
  onShowEveryone(): void
}) {
  return (
    <p className="network-focus-note">
      Showing {name} and the actors {hops === 1 ? 'tied to it' : 'up to two steps away'}.
      <button type="button" className="button button-quiet" onClick={onShowEveryone}>
        Show everyone
      </button>
    </p>
  )
}
