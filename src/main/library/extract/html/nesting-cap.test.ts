import { describe, expect, it } from 'vitest'
import { parseLightDocument } from './light-dom'
import { capNesting, MAX_NESTING } from './nesting-cap'

/** How many levels of elements lie below `root`, counted without recursion. */
function depthBelow(root: Element): number {
  let deepest = 0
  const pending: [Element, number][] = [[root, 0]]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [element, depth] = next
    deepest = Math.max(deepest, depth)
    for (const child of Array.from(element.children)) pending.push([child, depth + 1])
  }
  return deepest
}

/** Text with its runs of white space as single spaces, as the block walker reads it. */
const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim()

const nested = (levels: number, inner: string) =>
  `${'<div>'.repeat(levels)}${inner}${'</div>'.repeat(levels)}`

describe('capNesting', () => {
  it('leaves a page of ordinary depth exactly as it was', () => {
    const html = `<article>${nested(40, '<p>Deep <b>but</b> ordinary.</p><ul><li>one</li></ul>')}</article><p>After.</p>`
    const capped = parseLightDocument(html)
    expect(depthBelow(capped.body)).toBe(43)
    expect(capped.body.textContent).toBe('Deep but ordinary.oneAfter.')
    expect(capNesting(capped.body)).toBe(0)
  })

  it('reduces what lies past the limit to its text, keeping every word in order', () => {
    const doc = parseLightDocument(
      `<p>Before.</p>${nested(20_000, '<p>First <i>deep</i> paragraph.</p><p>Second.</p>')}<p>After.</p>`,
    )
    expect(depthBelow(doc.body)).toBe(MAX_NESTING)
    // Blocks inside the reduced part stay apart: words of two paragraphs never run together.
    expect(words(doc.body.textContent)).toBe('Before. First deep paragraph. Second. After.')
    expect(doc.title).toBe('')
  })

  it('leaves out what the block walker never reads, such as scripts and styles', () => {
    const doc = parseLightDocument(
      nested(MAX_NESTING + 5, '<p>Kept</p><script>var hidden = 1</script><style>p{}</style><p> text.</p>'),
    )
    expect(words(doc.body.textContent)).toBe('Kept text.')
  })

  it('counts the elements it reduced, at the depth it is given', () => {
    const doc = parseLightDocument(`${nested(5, '<p>a</p>')}${nested(2, '<p>b</p>')}`)
    expect(capNesting(doc.body, 3)).toBe(1)
    expect(depthBelow(doc.body)).toBe(3)
    expect(words(doc.body.textContent)).toBe('a b')
  })
})
