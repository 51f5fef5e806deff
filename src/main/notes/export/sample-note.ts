// For the export tests: one note using every kind of block and inline run the
// editor makes, with two quoted passages from two sources and an Arabic paragraph.
import type { CitationSnapshot } from '@shared/notes'
import {
  blockQuote,
  editorState,
  heading,
  link,
  list,
  mention,
  paragraph,
  quote,
  SAMPLE_CITATION,
  text,
} from '../test-note-state'
import type { SerializedNode } from '../lexical-json'

export const SECOND_CITATION: CitationSnapshot = {
  sourceId: 2,
  title: 'Joint operations centre agreed in Amman',
  authors: [],
  publisher: 'Petra News Agency',
  publishedDate: '2025-03',
  url: null,
}

export const ARABIC_SENTENCE = 'وزارة الداخلية السورية تنسق مع التحالف الدولي'

const table: SerializedNode = {
  type: 'table',
  version: 1,
  children: [
    {
      type: 'tablerow',
      version: 1,
      children: [
        { type: 'tablecell', version: 1, headerState: 1, children: [paragraph(text('Date'))] },
        { type: 'tablecell', version: 1, headerState: 1, children: [paragraph(text('Event'))] },
      ],
    },
    {
      type: 'tablerow',
      version: 1,
      children: [
        { type: 'tablecell', version: 1, headerState: 0, children: [paragraph(text('9 Mar 2025'))] },
        { type: 'tablecell', version: 1, headerState: 0, children: [paragraph(text('Amman centre agreed'))] },
      ],
    },
  ],
}

export const SAMPLE_NOTE = {
  title: 'Why the Interior Ministry works with the coalition',
  content: editorState(
    heading('h1', text('Argument')),
    paragraph(
      text('The '),
      mention(7, 'Interior Ministry'),
      text(' is '),
      text('central', 1),
      text(', not '),
      text('peripheral', 2),
      text('; see '),
      link('https://example.org/report', 'the report'),
      text('.'),
    ),
    quote(3, 'CENTCOM and the Interior Ministry destroyed 15 weapons depots.'),
    paragraph(text(ARABIC_SENTENCE)),
    list('bullet', [text('raids')], [text('arrests')]),
    list('number', [text('first')], [text('second')]),
    list('check', [text('read the statement')], [text('ask the analyst')]),
    blockQuote(text('A plain block quote.')),
    { type: 'horizontalrule', version: 1 },
    table,
    quote(4, 'Jordan, Iraq, Lebanon, Turkey and Syria agreed a joint operations centre.', SECOND_CITATION),
  ),
}

export { SAMPLE_CITATION }
