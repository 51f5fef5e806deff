// Keeps the editor's sections (NoteSectionNode) in shape as a note changes,
// and out of the way of editing. A section is a boundary to Lexical (a shadow
// root, as a table cell is): Backspace would stop at its start, and an edit
// over a selection running from one section into another would not join the
// blocks at its ends. So before such an edit the sections it touches become
// one, and afterwards sections that grew too large are split, and empty or
// tiny ones folded into their neighbours. None of it changes the note itself.
import {
  $createParagraphNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  type LexicalNode,
  type PointType,
  type RootNode,
} from 'lexical'
import { $createNoteSectionNode, $isNoteSectionNode, type NoteSectionNode } from '../nodes/NoteSectionNode'
import { $noteBlockOf, $sectionOf, SECTION_SIZE } from './note-sections'

/** A section past this many blocks is split; one under JOIN_BELOW joins the one before it. */
const SPLIT_ABOVE = SECTION_SIZE * 2
const JOIN_BELOW = SECTION_SIZE / 4

/**
 * Before an edit at the selection: joins the sections a range runs across, and
 * for a deletion from a block at a section's edge, the section beyond that edge.
 */
export function $joinSectionsForEdit(direction?: 'backward' | 'forward'): void {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return
  if (!selection.isCollapsed()) {
    const from = $sectionOf(selection.anchor.getNode())
    const to = $sectionOf(selection.focus.getNode())
    if (!from || !to || from.is(to)) return
    if (from.isBefore(to)) $joinSections(from, to)
    else $joinSections(to, from)
    return
  }
  if (!direction) return
  const block = $noteBlockOf(selection.anchor.getNode())
  if (!block) return
  const edge = direction === 'backward' ? block.getPreviousSibling() : block.getNextSibling()
  if (edge !== null || !$atEdgeOf(block, selection.anchor, direction)) return
  const section = block.getParent()
  if (!$isNoteSectionNode(section)) return
  const beyond = direction === 'backward' ? section.getPreviousSibling() : section.getNextSibling()
  if (!$isNoteSectionNode(beyond)) return
  if (direction === 'backward') $joinSections(beyond, section)
  else $joinSections(section, beyond)
}

/** Whether a caret is at the start (backward) or the end (forward) of a block. */
function $atEdgeOf(block: LexicalNode, point: PointType, direction: 'backward' | 'forward'): boolean {
  const node = point.getNode()
  if (direction === 'backward') {
    if (point.offset !== 0) return false
    return node.is(block) || ($isElementNode(block) && node.is(block.getFirstDescendant()))
  }
  const size = $isElementNode(node) ? node.getChildrenSize() : node.getTextContentSize()
  if (point.offset !== size) return false
  return node.is(block) || ($isElementNode(block) && node.is(block.getLastDescendant()))
}

/** Moves the blocks of every section after `first`, up to `last`, into `first`. */
function $joinSections(first: NoteSectionNode, last: NoteSectionNode): void {
  let next: LexicalNode | null = first.getNextSibling()
  while (next !== null) {
    const after: LexicalNode | null = next.getNextSibling()
    const reachedLast = next.is(last)
    if ($isNoteSectionNode(next)) {
      const base = first.getChildrenSize()
      const points = $pointsOn(next)
      first.append(...next.getChildren())
      next.remove()
      for (const [point, offset] of points) point.set(first.getKey(), base + offset, 'element')
    } else first.append(next)
    if (reachedLast) return
    next = after
  }
}

/** Section transform: split when large, fold into the one before when tiny, drop when empty. */
export function $tidySection(section: NoteSectionNode): void {
  if (!section.isAttached()) return
  const size = section.getChildrenSize()
  const previous = section.getPreviousSibling()
  if (size === 0) {
    if (previous === null && section.getNextSibling() === null) {
      // The note's only section, emptied: it keeps a paragraph to write in.
      const paragraph = $createParagraphNode()
      section.append(paragraph)
      if ($pointsAt(section)) paragraph.select()
    } else {
      // A caret left between blocks of the emptied section goes to the edge of the one beside it.
      const points = $pointsOn(section)
      const beside = $isNoteSectionNode(previous) ? previous : section.getNextSibling()
      section.remove()
      if ($isNoteSectionNode(beside))
        for (const [point] of points)
          point.set(beside.getKey(), beside.is(previous) ? beside.getChildrenSize() : 0, 'element')
    }
    return
  }
  if ($pointsAt(section)) return
  if (size > SPLIT_ABOVE) {
    const at = $splitIndex(section)
    if (at === null) return
    const rest = $createNoteSectionNode()
    section.insertAfter(rest)
    rest.append(...section.getChildren().slice(at))
  } else if (
    size < JOIN_BELOW &&
    $isNoteSectionNode(previous) &&
    previous.getChildrenSize() + size <= SPLIT_ABOVE
  ) {
    previous.append(...section.getChildren())
    section.remove()
  }
}

/**
 * Where to split a large section: after about SECTION_SIZE blocks, but never
 * between the blocks a selection runs across, nor at the edge of the block
 * holding it. Each command handler runs in an update of its own, transforms
 * included: a section joined for an edit is still whole when the edit comes.
 */
function $splitIndex(section: NoteSectionNode): number | null {
  const size = section.getChildrenSize()
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return SECTION_SIZE
  const indices = [selection.anchor, selection.focus].map((point) => {
    const block = $noteBlockOf(point.getNode())
    if (block === null) return -1
    if (block.getParent()?.is(section)) return block.getIndexWithinParent()
    return block.isBefore(section) ? -1 : size
  })
  const low = Math.min(...indices)
  const high = Math.max(...indices)
  // The split falls before block `at`: it must not fall in [low, high + 1].
  if (SECTION_SIZE < low) return SECTION_SIZE
  if (Math.max(SECTION_SIZE, high + 2) < size) return Math.max(SECTION_SIZE, high + 2)
  if (low - 1 >= 1) return low - 1
  return null
}

/** Root transform: blocks put straight into the root go into a section. */
export function $tidyRoot(root: RootNode): void {
  if ($pointsAt(root)) return
  let holder: NoteSectionNode | null = null
  for (const child of root.getChildren()) {
    if ($isNoteSectionNode(child)) {
      holder = child
      continue
    }
    if (holder === null) {
      holder = $createNoteSectionNode()
      child.insertBefore(holder)
    }
    holder.append(child)
  }
}

/** Whether the selection has a point on the node itself (between its children). */
function $pointsAt(node: LexicalNode): boolean {
  return $pointsOn(node).length > 0
}

/** The selection's points on the node itself, with their offsets. */
function $pointsOn(node: LexicalNode): [PointType, number][] {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return []
  const key = node.getKey()
  return [selection.anchor, selection.focus]
    .filter((point) => point.type === 'element' && point.key === key)
    .map((point) => [point, point.offset])
}
