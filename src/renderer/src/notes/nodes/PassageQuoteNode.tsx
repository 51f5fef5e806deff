// A quoted passage in a note: a block holding the passage's id and a snapshot
// of its exact text and citation as they were when quoted, shown by
// PassageQuoteView (which also says when the passage changed since).
import type { JSX } from 'react'
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical'
import {
  PASSAGE_QUOTE_TYPE,
  type CitationSnapshot,
  type QuotablePassage,
  type SerializedPassageQuote,
} from '@shared/notes'
import { PassageQuoteView } from './PassageQuoteView'

export class PassageQuoteNode extends DecoratorNode<JSX.Element> {
  __passageId: number
  __start: number
  __end: number
  __exact: string
  __citation: CitationSnapshot

  static override getType(): string {
    return PASSAGE_QUOTE_TYPE
  }

  static override clone(node: PassageQuoteNode): PassageQuoteNode {
    return new PassageQuoteNode(
      {
        passageId: node.__passageId,
        start: node.__start,
        end: node.__end,
        exact: node.__exact,
        citation: node.__citation,
      },
      node.__key,
    )
  }

  static override importJSON(json: SerializedLexicalNode): PassageQuoteNode {
    const quote = json as unknown as SerializedPassageQuote
    return $createPassageQuoteNode(quote)
  }

  constructor(passage: QuotablePassage, key?: NodeKey) {
    super(key)
    this.__passageId = passage.passageId
    this.__start = passage.start
    this.__end = passage.end
    this.__exact = passage.exact
    this.__citation = passage.citation
  }

  override exportJSON(): SerializedLexicalNode {
    const json: SerializedPassageQuote = {
      type: PASSAGE_QUOTE_TYPE,
      version: 1,
      passageId: this.__passageId,
      start: this.__start,
      end: this.__end,
      exact: this.__exact,
      citation: this.__citation,
    }
    return json as unknown as SerializedLexicalNode
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div')
    element.className = 'note-quote-block'
    element.contentEditable = 'false'
    return element
  }

  override updateDOM(): false {
    return false
  }

  /** Copied out of Weft (to a mail, a word processor): a block quote with its source. */
  override exportDOM(): DOMExportOutput {
    const quote = document.createElement('blockquote')
    quote.textContent = this.__exact
    const cite = document.createElement('cite')
    cite.textContent = ` (${this.__citation.title})`
    quote.append(cite)
    return { element: quote }
  }

  override isInline(): false {
    return false
  }

  override getTextContent(): string {
    return `“${this.__exact}”`
  }

  getPassage(): QuotablePassage {
    const self = this.getLatest()
    return {
      passageId: self.__passageId,
      start: self.__start,
      end: self.__end,
      exact: self.__exact,
      citation: self.__citation,
    }
  }

  /** Takes the passage as it is now (after the researcher chose to update the quote). */
  setPassage(passage: QuotablePassage): void {
    const writable = this.getWritable()
    writable.__start = passage.start
    writable.__end = passage.end
    writable.__exact = passage.exact
    writable.__citation = passage.citation
  }

  override decorate(): JSX.Element {
    // Fields read directly: decorate runs while the editor reconciles, outside an update.
    const passage = {
      passageId: this.__passageId,
      start: this.__start,
      end: this.__end,
      exact: this.__exact,
      citation: this.__citation,
    }
    return <PassageQuoteView nodeKey={this.__key} passage={passage} />
  }
}

export function $createPassageQuoteNode(passage: QuotablePassage): PassageQuoteNode {
  return $applyNodeReplacement(new PassageQuoteNode(passage))
}

export function $isPassageQuoteNode(node: LexicalNode | null | undefined): node is PassageQuoteNode {
  return node instanceof PassageQuoteNode
}
