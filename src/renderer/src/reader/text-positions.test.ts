// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { TextPositions } from './text-positions'

const TEXT = 'Heading\n\nFirst paragraph here.\n\nSecond one.'

function drawn(): HTMLElement {
  const root = document.createElement('div')
  for (const [tag, start, end] of [
    ['h3', 0, 7],
    ['p', 9, 30],
    ['p', 32, 43],
  ] as const) {
    const element = document.createElement(tag)
    element.dataset.start = String(start)
    element.dataset.end = String(end)
    element.textContent = TEXT.slice(start, end)
    root.append(element)
  }
  return root
}

describe('text positions', () => {
  it('maps a range that starts mid-paragraph onto that paragraph’s text', () => {
    const range = TextPositions.of(drawn()).toDomRange({ start: 15, end: 24 })
    expect(range?.toString()).toBe('paragraph')
    expect(range?.startContainer.parentElement?.tagName).toBe('P')
  })

  it('spans blocks, leaving out the blank lines between them', () => {
    const range = TextPositions.of(drawn()).toDomRange({ start: 25, end: 38 })
    expect(range?.toString()).toBe('here.Second')
  })

  it('moves ends that fall between blocks onto the nearest text inside the range', () => {
    const positions = TextPositions.of(drawn())
    expect(positions.toDomRange({ start: 7, end: 15 })?.toString()).toBe('First ')
    expect(positions.toDomRange({ start: 26, end: 31 })?.toString()).toBe('ere.')
  })

  it('covers the whole text, title block included', () => {
    expect(TextPositions.of(drawn()).toDomRange({ start: 0, end: TEXT.length })?.toString()).toBe(
      'HeadingFirst paragraph here.Second one.',
    )
  })

  it('gives nothing for a range entirely between two blocks', () => {
    expect(TextPositions.of(drawn()).toDomRange({ start: 30, end: 32 })).toBeUndefined()
  })
})

describe('text offsets of DOM points', () => {
  it('reads a selection inside one paragraph as its text offsets', () => {
    const root = drawn()
    const paragraph = root.children[1]!.firstChild!
    const range = document.createRange()
    range.setStart(paragraph, 6)
    range.setEnd(paragraph, 15)
    expect(TextPositions.of(root).toTextRange(range)).toEqual({ start: 15, end: 24 })
  })

  it('reads a selection across blocks, and one ending on a block element itself', () => {
    const root = drawn()
    const range = document.createRange()
    range.setStart(root.children[0]!.firstChild!, 4)
    range.setEnd(root.children[2]!, 1)
    expect(TextPositions.of(root).toTextRange(range)).toEqual({ start: 4, end: 43 })
  })

  it('snaps ends that lie between blocks onto the text inside the selection', () => {
    const root = drawn()
    const range = document.createRange()
    // Between the heading and the first paragraph, then after the last block.
    range.setStart(root, 1)
    range.setEnd(root, 3)
    expect(TextPositions.of(root).toTextRange(range)).toEqual({ start: 9, end: 43 })
    range.setStart(root, 0)
    range.setEnd(root, 1)
    expect(TextPositions.of(root).toTextRange(range)).toEqual({ start: 0, end: 7 })
  })

  it('gives nothing for a point outside the text or a selection of no text', () => {
    const root = drawn()
    const positions = TextPositions.of(root)
    expect(positions.offsetOf(document.createElement('p'), 0, 'start')).toBeUndefined()
    const range = document.createRange()
    range.setStart(root, 1)
    range.setEnd(root, 1)
    expect(positions.toTextRange(range)).toBeUndefined()
  })
})
