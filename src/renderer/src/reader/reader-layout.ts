// How a source's blocks become what the reader draws: consecutive list items
// gathered into one list, and a page marker wherever a PDF's page begins.
import type { Source, TextBlock } from '@shared/models'

export type ReaderItem =
  { type: 'block'; block: TextBlock } | { type: 'list'; items: TextBlock[] } | { type: 'page'; page: number }

export function layoutBlocks(blocks: readonly TextBlock[]): ReaderItem[] {
  const items: ReaderItem[] = []
  let list: TextBlock[] | undefined
  let page: number | undefined
  for (const block of blocks) {
    if (block.page !== undefined && block.page !== page) {
      page = block.page
      list = undefined
      items.push({ type: 'page', page })
    }
    if (block.kind === 'list-item') {
      if (!list) {
        list = []
        items.push({ type: 'list', items: list })
      }
      list.push(block)
      continue
    }
    list = undefined
    items.push({ type: 'block', block })
  }
  return items
}

/**
 * When the text opens with its own headline, that block is the title: the
 * reader shows it once, in the header, which then stands for the block.
 */
export function titleBlockOf(source: Pick<Source, 'blocks' | 'text' | 'title'>): TextBlock | undefined {
  const first = source.blocks[0]
  if (first?.kind !== 'heading') return undefined
  return source.text.slice(first.start, first.end) === source.title ? first : undefined
}
