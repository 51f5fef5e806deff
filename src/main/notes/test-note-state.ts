// For the notes unit tests: serialized Lexical states built by hand, in the
// exact shape the editor saves (so the core's readers are tested on real JSON).
import type { CitationSnapshot, SerializedActorMention, SerializedPassageQuote } from '@shared/notes'
import type { SerializedNode } from './lexical-json'

const block = { format: '', indent: 0, direction: null, version: 1 }

export function text(value: string, format = 0): SerializedNode {
  return { type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

export function paragraph(...children: SerializedNode[]): SerializedNode {
  return { ...block, type: 'paragraph', textFormat: 0, textStyle: '', children }
}

export function heading(tag: 'h1' | 'h2' | 'h3', ...children: SerializedNode[]): SerializedNode {
  return { ...block, type: 'heading', tag, children }
}

export function blockQuote(...children: SerializedNode[]): SerializedNode {
  return { ...block, type: 'quote', children }
}

export function list(listType: 'bullet' | 'number' | 'check', ...items: SerializedNode[][]): SerializedNode {
  return {
    ...block,
    type: 'list',
    listType,
    start: 1,
    tag: listType === 'number' ? 'ol' : 'ul',
    children: items.map((children, index) => ({
      ...block,
      type: 'listitem',
      value: index + 1,
      ...(listType === 'check' ? { checked: index === 0 } : {}),
      children,
    })),
  }
}

export function link(url: string, label: string): SerializedNode {
  return { ...block, type: 'link', url, rel: null, target: null, title: null, children: [text(label)] }
}

export const SAMPLE_CITATION: CitationSnapshot = {
  sourceId: 1,
  title: 'CENTCOM and Syria destroy weapons depots',
  authors: ['Jane Doe', 'Omar Haddad'],
  publisher: 'Levant Monitor',
  publishedDate: '2025-11-28',
  url: 'https://example.org/depots',
}

export function quote(
  passageId: number,
  exact: string,
  citation: CitationSnapshot = SAMPLE_CITATION,
): SerializedNode {
  const node: SerializedPassageQuote = {
    type: 'passage-quote',
    version: 1,
    passageId,
    start: 0,
    end: exact.length,
    exact,
    citation,
  }
  return node as unknown as SerializedNode
}

export function mention(entityId: number, name: string, entityType = 'organisation'): SerializedNode {
  const node: SerializedActorMention = { type: 'actor-mention', version: 1, entityId, name, entityType }
  return node as unknown as SerializedNode
}

export function editorState(...children: SerializedNode[]): string {
  return JSON.stringify({ root: { ...block, type: 'root', children } })
}
