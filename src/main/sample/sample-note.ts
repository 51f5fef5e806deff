// The sample note as a Lexical editor state: headings, paragraphs naming
// actors (actor-mention nodes) and quoted passages (passage-quote blocks),
// written as the notes editor saves them.
import {
  ACTOR_MENTION_TYPE,
  PASSAGE_QUOTE_TYPE,
  type QuotablePassage,
  type SerializedActorMention,
  type SerializedPassageQuote,
} from '@shared/notes'
import type { SampleDescription } from './sample-files'

export interface NoteActor {
  entityId: number
  name: string
  entityType: string
}

const ELEMENT = { version: 1, format: '', indent: 0, direction: 'ltr' as const }

function text(value: string) {
  return { type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' }
}

export function sampleNoteState(
  note: SampleDescription['note'],
  actors: Map<string, NoteActor>,
  passages: Map<string, QuotablePassage>,
): string {
  const children = note.blocks.map((block) => {
    if ('heading' in block) return { ...ELEMENT, type: 'heading', tag: 'h2', children: [text(block.heading)] }
    if ('quote' in block) {
      const passage = passages.get(block.quote)
      if (!passage) throw new Error(`The sample note quotes an unknown passage "${block.quote}".`)
      const quote: SerializedPassageQuote = { type: PASSAGE_QUOTE_TYPE, version: 1, ...passage }
      return quote
    }
    return {
      ...ELEMENT,
      type: 'paragraph',
      textFormat: 0,
      textStyle: '',
      children: block.text.map((part) => {
        if (typeof part === 'string') return text(part)
        const actor = actors.get(part.actor)
        if (!actor) throw new Error(`The sample note names an unknown actor "${part.actor}".`)
        const mention: SerializedActorMention = { type: ACTOR_MENTION_TYPE, version: 1, ...actor }
        return mention
      }),
    }
  })
  return JSON.stringify({ root: { ...ELEMENT, type: 'root', children } })
}
