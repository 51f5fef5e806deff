// A run of a note's blocks, drawn as one box. The browser's work for a key
// press grows with the number of boxes directly in the editor (layout,
// content-visibility's observer, hit testing, paint): grouping a long note's
// blocks in sections of a few dozen keeps that small. Sections exist only in
// the editor: the note is saved, exported and searched as the flat list of
// blocks it is (see note-sections.ts).
import { ElementNode, type LexicalNode, type SerializedElementNode } from 'lexical'

export const NOTE_SECTION_TYPE = 'weft-section'

export class NoteSectionNode extends ElementNode {
  static override getType(): string {
    return NOTE_SECTION_TYPE
  }

  static override clone(node: NoteSectionNode): NoteSectionNode {
    return new NoteSectionNode(node.__key)
  }

  static override importJSON(): NoteSectionNode {
    return $createNoteSectionNode()
  }

  override exportJSON(): SerializedElementNode {
    return { ...super.exportJSON(), type: NOTE_SECTION_TYPE, version: 1 }
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div')
    element.className = 'note-section'
    return element
  }

  override updateDOM(): false {
    return false
  }

  // Blocks inside behave as at the top of the note (headings, lists, Markdown shortcuts).
  override isShadowRoot(): boolean {
    return true
  }

  override canBeEmpty(): boolean {
    return false
  }

  override canIndent(): boolean {
    return false
  }

  // Copied blocks leave without it: pasted elsewhere they are plain blocks.
  override excludeFromCopy(): boolean {
    return true
  }
}

export function $createNoteSectionNode(): NoteSectionNode {
  return new NoteSectionNode()
}

export function $isNoteSectionNode(node: LexicalNode | null | undefined): node is NoteSectionNode {
  return node instanceof NoteSectionNode
}
