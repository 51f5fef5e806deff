// An actor named in a note: a chip of text (a Lexical text node in token
// mode: deleted whole, never edited inside) holding the actor's id and the
// name shown when it was mentioned. A text node, not a React decorator: a
// long note has hundreds, and each decorator costs a React portal.
// Clicking one opens the actor's page (MentionClickPlugin).
import {
  $applyNodeReplacement,
  TextNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type SerializedTextNode,
} from 'lexical'
import { ACTOR_MENTION_TYPE, type SerializedActorMention } from '@shared/notes'

export interface MentionedActor {
  entityId: number
  name: string
  entityType: string
}

export class ActorMentionNode extends TextNode {
  __entityId: number
  __entityType: string

  static override getType(): string {
    return ACTOR_MENTION_TYPE
  }

  static override clone(node: ActorMentionNode): ActorMentionNode {
    return new ActorMentionNode(
      { entityId: node.__entityId, name: node.__text, entityType: node.__entityType },
      node.__key,
    )
  }

  static override importJSON(json: SerializedLexicalNode): ActorMentionNode {
    const mention = json as unknown as SerializedActorMention
    return $createActorMentionNode({
      entityId: mention.entityId,
      name: mention.name,
      entityType: mention.entityType,
    })
  }

  constructor(actor: MentionedActor, key?: NodeKey) {
    super(actor.name, key)
    this.__entityId = actor.entityId
    this.__entityType = actor.entityType
  }

  // The note keeps only what a mention is (see SerializedActorMention), not text formatting.
  override exportJSON(): SerializedTextNode {
    const json: SerializedActorMention = {
      type: ACTOR_MENTION_TYPE,
      version: 1,
      entityId: this.__entityId,
      name: this.__text,
      entityType: this.__entityType,
    }
    return json as unknown as SerializedTextNode
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config)
    element.classList.add('note-mention-chip')
    element.dataset.entityId = String(this.__entityId)
    element.setAttribute('role', 'link')
    element.title = `${this.__text} (${this.__entityType}): open the actor's page`
    return element
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('span')
    element.textContent = this.__text
    return { element }
  }

  override isTextEntity(): true {
    return true
  }

  override canInsertTextBefore(): false {
    return false
  }

  override canInsertTextAfter(): false {
    return false
  }

  getActor(): MentionedActor {
    const self = this.getLatest()
    return { entityId: self.__entityId, name: self.__text, entityType: self.__entityType }
  }
}

export function $createActorMentionNode(actor: MentionedActor): ActorMentionNode {
  return $applyNodeReplacement(new ActorMentionNode(actor)).setMode('token')
}

export function $isActorMentionNode(node: LexicalNode | null | undefined): node is ActorMentionNode {
  return node instanceof ActorMentionNode
}
