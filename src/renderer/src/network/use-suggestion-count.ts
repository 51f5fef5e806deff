// How many tie suggestions are open (a hint on the Suggestions button), and
// the version that panels reading ties again (an edge's, the suggestions) watch.
import { useEffect, useMemo, useState } from 'react'
import type { NetworkData } from '@shared/network/network-data'
import { useApi, useEvent } from '../api/api-context'

export function useSuggestionCount(data: NetworkData | undefined) {
  const api = useApi()
  const [suggestionCount, setSuggestionCount] = useState<number>()
  // Panels that read ties again do so whenever the network changes.
  // New sources and names bring new suggestions (the mention scan says when it found some).
  const [mentionsSeen, setMentionsSeen] = useState(0)
  useEvent('mentions:changed', () => setMentionsSeen((value) => value + 1))
  const version = useMemo(() => ({ data, mentionsSeen }), [data, mentionsSeen])
  useEffect(() => {
    api.call('ties:suggestions', { status: 'open' }).then(
      (found) => setSuggestionCount(found.length),
      // The count is a hint on a button; the panel reports a failure when opened.
      () => undefined,
    )
  }, [api, version])
  return { version, suggestionCount, setSuggestionCount }
}
