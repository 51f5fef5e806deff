import { describe, expect, it } from 'vitest'
import { extractInline, INLINE_MAX_BYTES } from './inline-extract'

const encode = (text: string) => new TextEncoder().encode(text)

describe('extractInline', () => {
  it('reads small text and Markdown, and leaves everything else to the workers', () => {
    expect(extractInline(encode('Title\n\nBody.'), 'a.txt')?.title).toBe('Title')
    expect(extractInline(encode('# Heading\n\nBody.'), 'b.md')?.mediaType).toBe('text/markdown')
    expect(extractInline(encode('<html><p>page</p></html>'), 'c.html')).toBeUndefined()
    expect(extractInline(encode('%PDF-1.7'), 'd.pdf')).toBeUndefined()
    expect(extractInline(encode(`Big\n\n${'x'.repeat(INLINE_MAX_BYTES)}`), 'e.txt')).toBeUndefined()
  })

  it('refuses what it recognises without a trip to a worker', () => {
    expect(() => extractInline(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), 'f.jpg')).toThrow(
      'f.jpg is a JPEG image.',
    )
    expect(() => extractInline(new Uint8Array(), 'g.txt')).toThrow('g.txt is empty')
  })
})

describe('Markdown nested beyond reason', () => {
  const kinds = (text: string, name: string) => {
    const document = extractInline(encode(text), name)!
    return { document, kinds: document.blocks.map((block) => block.kind) }
  }

  it('keeps every word, and the headings, when quotes or lists stack thousands deep', () => {
    for (const [name, markers] of [
      ['quotes.md', '>'.repeat(20_000)],
      ['spaced-quotes.md', '> '.repeat(20_000)],
      ['lists.md', '- '.repeat(20_000)],
      ['numbered.md', '1. '.repeat(15_000)],
    ] as const) {
      const { document, kinds: found } = kinds(
        `# Deep\n\nFirst line.\n\n${markers} The ministry said so.\n`,
        name,
      )
      expect(document.title).toBe('Deep')
      expect(found.slice(0, 2)).toEqual(['heading', 'paragraph'])
      expect(document.text).toContain('First line.')
      expect(document.text).toContain('The ministry said so.')
    }
  })

  it('still reads ordinary nesting as Markdown', () => {
    const { document, kinds: found } = kinds(
      '# Notes\n\n> Quoted.\n> > Quoted twice.\n\n- one\n  - two\n    1. three\n',
      'nested.md',
    )
    expect(found).toEqual(['heading', 'quote', 'quote', 'list-item', 'list-item', 'list-item'])
    expect(document.text).not.toContain('>')
  })

  it('keeps the text of quotes and lists inside list items, each as a block of its own', () => {
    const document = extractInline(
      encode(
        '# Sources\n\n1. Ministry statement\n   - Second paragraph\n     > Quoted line.\n     > - Listed in the quote.\n',
      ),
      'items.md',
    )!
    expect(document.blocks.map((block) => [block.kind, document.text.slice(block.start, block.end)])).toEqual(
      [
        ['heading', 'Sources'],
        ['list-item', 'Ministry statement'],
        ['list-item', 'Second paragraph'],
        ['quote', 'Quoted line.'],
        ['list-item', 'Listed in the quote.'],
      ],
    )
  })
})
