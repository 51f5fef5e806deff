// One TextPositions per drawn text: reading the blocks' offsets from the DOM
// once, not on every pointer move, and again only when the text is redrawn.
import { useMemo } from 'react'
import { TextPositions } from './text-positions'

/**
 * A getter for the positions of the text drawn under `root`. `root` comes from
 * state (a callback ref), so effects that paint marks run again once it is
 * there; `drawn` changes whenever the text's blocks are drawn anew.
 */
export function useTextPositions(root: HTMLElement | null, drawn: unknown): () => TextPositions | undefined {
  return useMemo(() => {
    void drawn
    let positions: TextPositions | undefined
    // Read lazily: the getter is first called after the text is in the DOM.
    return () => (root ? (positions ??= TextPositions.of(root)) : undefined)
  }, [root, drawn])
}
