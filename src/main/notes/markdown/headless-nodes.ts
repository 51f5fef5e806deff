// The nodes a note's editor state may hold, for a Lexical editor running
// headless in Node (the CLI's Markdown import). The renderer registers the
// same node types with their React views; the JSON they save is identical.
import { CodeHighlightNode, CodeNode } from '@lexical/code'
import { AutoLinkNode, LinkNode } from '@lexical/link'
import { ListItemNode, ListNode } from '@lexical/list'
import { HeadingNode, QuoteNode } from '@lexical/rich-text'
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table'
import { DecoratorNode, type LexicalNode, type SerializedLexicalNode } from 'lexical'

/** A horizontal rule, saved as {"type": "horizontalrule"} like the editor's own. */
export class HeadlessHorizontalRuleNode extends DecoratorNode<null> {
  static override getType(): string {
    return 'horizontalrule'
  }

  static override clone(node: HeadlessHorizontalRuleNode): HeadlessHorizontalRuleNode {
    return new HeadlessHorizontalRuleNode(node.__key)
  }

  static override importJSON(): HeadlessHorizontalRuleNode {
    return new HeadlessHorizontalRuleNode()
  }

  override exportJSON(): SerializedLexicalNode {
    return { type: 'horizontalrule', version: 1 }
  }

  override createDOM(): HTMLElement {
    throw new Error('The headless horizontal rule has no DOM; it exists to be saved.')
  }

  override updateDOM(): false {
    return false
  }

  override isInline(): false {
    return false
  }

  override getTextContent(): string {
    return '\n'
  }

  override decorate(): null {
    return null
  }
}

export function $isHeadlessHorizontalRuleNode(
  node: LexicalNode | null | undefined,
): node is HeadlessHorizontalRuleNode {
  return node instanceof HeadlessHorizontalRuleNode
}

export const HEADLESS_NODES = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  CodeNode,
  CodeHighlightNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  HeadlessHorizontalRuleNode,
]
