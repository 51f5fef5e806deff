import { describe, expect, it } from 'vitest'
import {
  blocksOf,
  bodyTextSize,
  linesOf,
  removePageFurniture,
  type PdfLine,
  type TextRun,
} from './pdf-layout'

const run = (text: string, x: number, y: number, size = 11, endOfLine = false): TextRun => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
  endOfLine,
})
const line = (text: string, y: number, size = 11, width = 400): PdfLine => ({ text, x: 72, y, width, size })

describe('linesOf', () => {
  it('joins runs on one baseline, adding a space only where the page shows a gap', () => {
    // "Joint" ends at 99.5; "coordi" starts after a gap and "nation" right where it ends.
    const lines = linesOf([
      run('Joint', 72, 700),
      run('coordi', 103, 700),
      run('nation', 136, 700, 11, true),
      run('Next', 72, 686),
    ])
    expect(lines.map((entry) => entry.text)).toEqual(['Joint coordination', 'Next'])
  })
})

describe('removePageFurniture', () => {
  it('drops page numbers, and small lines repeated at the same edge of most pages, but not headings', () => {
    const closing = ['Damascus answered.', 'Amman hosted it.', 'The SDF objected.', 'CENTCOM agreed.']
    const pages = [1, 2, 3, 4].map((page) => [
      line(`Annual report 2025 · ${page}`, 800, 8),
      line(`Section ${page}`, 770, 14),
      line(`Body text that is only on page ${page}, about the coalition.`, 740),
      line(closing[page - 1]!, 726),
      line(`- ${page} -`, 40, 9),
    ])
    pages[1]!.splice(3, 0, line('12', 733)) // a number in the middle of a page is text
    expect(removePageFurniture(pages).map((lines) => lines.map((entry) => entry.text))).toEqual(
      [1, 2, 3, 4].map((page) => [
        `Section ${page}`,
        `Body text that is only on page ${page}, about the coalition.`,
        ...(page === 2 ? ['12'] : []),
        closing[page - 1],
      ]),
    )
  })
})

describe('blocksOf', () => {
  it('groups lines into paragraphs by spacing, finds headings by size and list items by their bullet', () => {
    const lines = [
      line('A heading', 760, 18, 120),
      line('First paragraph line that runs the full width of the', 730),
      line('column and ends here.', 716, 11, 150),
      line('Second paragraph after a short line.', 702, 11, 300),
      line('• A bulleted point', 670, 11, 200),
    ]
    expect(bodyTextSize([lines])).toBe(11)
    expect(blocksOf(lines, 11)).toEqual([
      { kind: 'heading', text: 'A heading', level: 1 },
      {
        kind: 'paragraph',
        text: 'First paragraph line that runs the full width of the column and ends here.',
      },
      { kind: 'paragraph', text: 'Second paragraph after a short line.' },
      { kind: 'list-item', text: 'A bulleted point' },
    ])
  })
})
