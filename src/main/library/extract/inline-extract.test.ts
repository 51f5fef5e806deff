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
