// Puts a quoted passage into the note as a block of its own: after the block
// holding the caret (or the block it was dropped on), replacing that block if
// it is an empty paragraph, with an empty paragraph after it to write on.
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  type LexicalNode,
} from 'lexical'
import type { QuotablePassage } from '@shared/notes'
import { $createPassageQuoteNode } from '../nodes/PassageQuoteNode'

export function $insertPassageQuote(passage: QuotablePassage, near?: LexicalNode | null): void {
  const quote = $createPassageQuoteNode(passage)
  const selection = $getSelection()
  const block =
    (near && (near.getTopLevelElement() ?? (near.getParent() === $getRoot() ? near : null))) ??
    ($isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null)
  if (!block) $getRoot().append(quote)
  else if ($isParagraphNode(block) && block.getTextContentSize() === 0 && block.getChildrenSize() === 0)
    block.replace(quote)
  else block.insertAfter(quote)
  // Writing goes on below the quote: in the empty paragraph there, else in a new one.
  let next = quote.getNextSibling()
  if (!$isParagraphNode(next) || next.getChildrenSize() > 0) {
    next = $createParagraphNode()
    quote.insertAfter(next)
  }
  next.selectStart()
}
