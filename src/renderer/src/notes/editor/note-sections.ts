// Sections in the editor, never in the note: the saved JSON holds the note's
// blocks directly under the root, and the editor groups them in sections of
// about SECTION_SIZE blocks as it loads them (see NoteSectionNode for why).
import { $getRoot, $isRootNode, type LexicalNode } from 'lexical'
import { $isNoteSectionNode, NOTE_SECTION_TYPE, type NoteSectionNode } from '../nodes/NoteSectionNode'

/** Blocks per section as a note loads: few boxes in each, and few sections. */
export const SECTION_SIZE = 24

interface SerializedSection<Block> {
  type: typeof NOTE_SECTION_TYPE
  version: 1
  children: Block[]
  direction: null
  format: ''
  indent: 0
}

interface SerializedNote {
  root: { children: unknown[] } & Record<string, unknown>
}

/** A saved note's JSON with its blocks grouped in sections, for the editor to load. */
export function sectionedContent(content: string): string {
  const parsed = JSON.parse(content) as SerializedNote
  parsed.root.children = groupInSections(parsed.root.children)
  return JSON.stringify(parsed)
}

/** Serialized blocks, grouped in serialized sections. */
export function groupInSections<Block>(blocks: Block[]): SerializedSection<Block>[] {
  const sections: SerializedSection<Block>[] = []
  for (let start = 0; start < blocks.length; start += SECTION_SIZE)
    sections.push({
      type: NOTE_SECTION_TYPE,
      version: 1,
      children: blocks.slice(start, start + SECTION_SIZE),
      direction: null,
      format: '',
      indent: 0,
    })
  return sections
}

/** The note's blocks in order, as saved: the root's children, with sections opened. */
export function $noteBlocks(): LexicalNode[] {
  const blocks: LexicalNode[] = []
  for (const child of $getRoot().getChildren()) {
    if ($isNoteSectionNode(child)) blocks.push(...child.getChildren())
    else blocks.push(child)
  }
  return blocks
}

/** Whether a node holds the note's blocks: the root or a section. */
export function $holdsBlocks(node: LexicalNode | null): boolean {
  return $isRootNode(node) || $isNoteSectionNode(node)
}

/** The block a node is in (itself, if it is one); null for the root and sections. */
export function $noteBlockOf(node: LexicalNode): LexicalNode | null {
  if ($holdsBlocks(node)) return null
  let block = node
  let parent = block.getParent()
  while (parent !== null && !$holdsBlocks(parent)) {
    block = parent
    parent = block.getParent()
  }
  return parent === null ? null : block
}

/** The section a node is in, if any. */
export function $sectionOf(node: LexicalNode): NoteSectionNode | null {
  if ($isNoteSectionNode(node)) return node
  const parent = $noteBlockOf(node)?.getParent() ?? null
  return $isNoteSectionNode(parent) ? parent : null
}
