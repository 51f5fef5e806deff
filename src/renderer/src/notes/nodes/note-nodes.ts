// Every node a note's editor knows: Lexical's rich text, lists, links,
// tables, code and rules, and Weft's quoted passages and actor mentions.
import { CodeHighlightNode, CodeNode } from '@lexical/code'
import { AutoLinkNode, LinkNode } from '@lexical/link'
import { ListItemNode, ListNode } from '@lexical/list'
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode'
import { HeadingNode, QuoteNode } from '@lexical/rich-text'
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table'
import { ActorMentionNode } from './ActorMentionNode'
import { NoteSectionNode } from './NoteSectionNode'
import { PassageQuoteNode } from './PassageQuoteNode'

export const NOTE_NODES = [
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
  HorizontalRuleNode,
  PassageQuoteNode,
  ActorMentionNode,
  NoteSectionNode,
]
