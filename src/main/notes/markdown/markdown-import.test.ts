import { describe, expect, it } from 'vitest'
import { buildNoteDocument } from '../export/document-model'
import { deriveNote } from '../note-content'
import { markdownToEditorState } from './markdown-import'

const MARKDOWN = `# Coordination against IS

The **Interior Ministry** ran *61 raids* with ~~no~~ help from [the coalition](https://example.org/coalition).

> Syria became the coalition's 90th partner.

- raids
- arrests
  - in Homs

1. first
2. second

- [x] read the statement
- [ ] ask the analyst

---

| Date | Event |
| --- | --- |
| 9 Mar 2025 | **Amman** centre |

\`\`\`
weft notes list
\`\`\`
`

describe('Markdown import', () => {
  it('turns Markdown into the editor state a note saves, every block kind included', () => {
    const content = markdownToEditorState(MARKDOWN)
    const document = buildNoteDocument('t', content)
    expect(document.blocks.map((block) => block.kind)).toEqual([
      'heading',
      'paragraph',
      'blockquote',
      'list',
      'list',
      'list',
      'rule',
      'table',
      'code',
    ])
    const [heading, paragraph, , bullets, , checks, , table] = document.blocks
    expect(heading?.kind === 'heading' && heading.level).toBe(1)
    if (paragraph?.kind !== 'paragraph') throw new Error('expected a paragraph')
    const bold = paragraph.inlines.find((inline) => inline.kind === 'text' && inline.marks.bold)
    expect(bold?.kind === 'text' && bold.text).toBe('Interior Ministry')
    expect(
      paragraph.inlines.some(
        (inline) => inline.kind === 'link' && inline.url === 'https://example.org/coalition',
      ),
    ).toBe(true)
    if (bullets?.kind !== 'list') throw new Error('expected a list')
    expect(bullets.items[1]?.children[0]?.items[0]?.inlines).toMatchObject([
      { kind: 'text', text: 'in Homs' },
    ])
    if (checks?.kind !== 'list') throw new Error('expected a list')
    expect(checks.style).toBe('check')
    expect(checks.items.map((item) => item.checked)).toEqual([true, false])
    if (table?.kind !== 'table') throw new Error('expected a table')
    expect(table.rows).toHaveLength(2)
    expect(table.rows[0]?.every((cell) => cell.header)).toBe(true)
    expect(table.rows[1]?.[1]?.inlines).toMatchObject([
      { kind: 'text', text: 'Amman', marks: { bold: true } },
      { kind: 'text', text: ' centre' },
    ])
    expect(deriveNote(content).plainText).toContain("Syria became the coalition's 90th partner.")
  })

  it('makes an empty paragraph of an empty file', () => {
    expect(buildNoteDocument('t', markdownToEditorState('')).blocks).toEqual([
      { kind: 'paragraph', inlines: [], dir: 'ltr' },
    ])
  })
})
