// From offsets in a source's canonical text to places in the reader's DOM.
// Every block element carries data-start/data-end and holds its slice of the
// text as one text node, so an offset maps to (text node, offset - start).
import type { TextRange } from '@shared/models'

interface PlacedBlock {
  start: number
  end: number
  element: HTMLElement
}

export class TextPositions {
  private readonly byElement: Map<Element, PlacedBlock>

  private constructor(
    private readonly root: HTMLElement,
    private readonly blocks: PlacedBlock[],
  ) {
    this.byElement = new Map(blocks.map((block) => [block.element, block]))
  }

  /** Reads the blocks drawn under `root`, in text order. */
  static of(root: HTMLElement): TextPositions {
    const blocks = Array.from(root.querySelectorAll<HTMLElement>('[data-start]'), (element) => ({
      start: Number(element.dataset.start),
      end: Number(element.dataset.end),
      element,
    }))
    blocks.sort((a, b) => a.start - b.start)
    return new TextPositions(root, blocks)
  }

  /** A DOM Range covering `range`; offsets between blocks snap to the nearest block inside the range. */
  toDomRange(range: TextRange): Range | undefined {
    const start = this.locate(range.start, 'start')
    const end = this.locate(range.end, 'end')
    if (!start || !end) return undefined
    const dom = document.createRange()
    dom.setStart(start.node, start.offset)
    dom.setEnd(end.node, end.offset)
    return dom.collapsed && range.end > range.start ? undefined : dom
  }

  /**
   * The text offset of a DOM boundary point (a selection's end, a caret under
   * the pointer). A point between blocks (the header, a list's bullets) snaps
   * like toDomRange: a start to the next block, an end to the previous one.
   * Undefined when the point is not in the text at all.
   */
  offsetOf(node: Node, offset: number, edge: 'start' | 'end'): number | undefined {
    const first = this.blocks[0]
    if (!first || !this.root.contains(node)) return undefined
    const element = node instanceof Element ? node : node.parentElement
    const holder = element?.closest('[data-start]')
    const block = holder ? this.byElement.get(holder) : undefined
    if (block) {
      if (node.nodeType === Node.TEXT_NODE && node.parentElement === block.element) {
        return Math.max(block.start, Math.min(block.end, block.start + offset))
      }
      return node === block.element && offset === 0 ? block.start : block.end
    }
    const after = this.firstBlockAfter(node, offset)
    if (edge === 'start') return this.blocks[after]?.start ?? this.blocks.at(-1)!.end
    return this.blocks[after - 1]?.end ?? first.start
  }

  /** The text offsets a DOM range covers (a selection); undefined when it covers no text. */
  toTextRange(range: Range): TextRange | undefined {
    const start = this.offsetOf(range.startContainer, range.startOffset, 'start')
    const end = this.offsetOf(range.endContainer, range.endOffset, 'end')
    if (start === undefined || end === undefined || end <= start) return undefined
    return { start, end }
  }

  /** The start of the first block that reaches below `y` (a viewport coordinate): where the view begins. */
  offsetAtTop(y: number): number {
    let low = 0
    let high = this.blocks.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.blocks[middle]!.element.getBoundingClientRect().bottom <= y) low = middle + 1
      else high = middle
    }
    return this.blocks[low]?.start ?? 0
  }

  private locate(offset: number, edge: 'start' | 'end'): { node: Node; offset: number } | undefined {
    const index = this.lastBlockStartingAtOrBefore(offset)
    const block = this.blocks[index]
    if (block && offset <= block.end && (edge === 'end' || offset < block.end)) {
      return positionIn(block, offset)
    }
    // Between blocks: a start moves on to the next block, an end back to the previous one.
    if (edge === 'start') {
      const next = this.blocks[index + 1]
      return next && positionIn(next, next.start)
    }
    return block && positionIn(block, block.end)
  }

  /** Index of the first block that begins after a boundary point lying outside every block. */
  private firstBlockAfter(node: Node, offset: number): number {
    const point = document.createRange()
    point.setStart(node, offset)
    let low = 0
    let high = this.blocks.length
    while (low < high) {
      const middle = (low + high) >> 1
      // 1: the block's beginning lies after the point.
      if (point.comparePoint(this.blocks[middle]!.element, 0) > 0) high = middle
      else low = middle + 1
    }
    return low
  }

  private lastBlockStartingAtOrBefore(offset: number): number {
    let low = 0
    let high = this.blocks.length - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (this.blocks[middle]!.start <= offset) {
        found = middle
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return found
  }
}

function positionIn(block: PlacedBlock, offset: number): { node: Node; offset: number } {
  const text = block.element.firstChild
  if (text?.nodeType !== Node.TEXT_NODE) return { node: block.element, offset: 0 }
  const length = (text as Text).length
  return { node: text, offset: Math.max(0, Math.min(length, offset - block.start)) }
}

/**
 * Scrolls `scroller` so `range` sits a third of the way down, unless it is
 * already well in view. Blocks far from the view are laid out only when they
 * come near (content-visibility), which can move the range once more after
 * the first scroll, so it is checked again over the next two frames.
 */
export function scrollRangeIntoView(scroller: HTMLElement, range: Range): () => void {
  let frame = 0
  let checks = 2
  const place = () => {
    const box = scroller.getBoundingClientRect()
    const rect = range.getBoundingClientRect()
    const margin = Math.min(80, box.height / 4)
    if (rect.top < box.top + margin || rect.bottom > box.bottom - margin) {
      scroller.scrollTop += rect.top - box.top - box.height / 3
    }
    if (checks-- > 0) frame = requestAnimationFrame(place)
  }
  place()
  return () => cancelAnimationFrame(frame)
}
