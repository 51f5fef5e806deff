import { describe, expect, it } from 'vitest'
import type { TextBlock } from '@shared/models'
import { layoutBlocks, titleBlockOf } from './reader-layout'

const block = (kind: TextBlock['kind'], start: number, page?: number): TextBlock =>
  page === undefined ? { kind, start, end: start + 5 } : { kind, start, end: start + 5, page }

describe('reader layout', () => {
  it('gathers consecutive list items into one list', () => {
    const items = layoutBlocks([
      block('paragraph', 0),
      block('list-item', 10),
      block('list-item', 20),
      block('paragraph', 30),
      block('list-item', 40),
    ])
    expect(items.map((item) => (item.type === 'list' ? `list of ${item.items.length}` : item.type))).toEqual([
      'block',
      'list of 2',
      'block',
      'list of 1',
    ])
  })

  it('puts a page marker where each page begins, and breaks a list there', () => {
    const items = layoutBlocks([
      block('heading', 0, 1),
      block('list-item', 10, 1),
      block('list-item', 20, 2),
      block('paragraph', 30, 2),
      block('paragraph', 40, 4),
    ])
    expect(items.map((item) => (item.type === 'page' ? `page ${item.page}` : item.type))).toEqual([
      'page 1',
      'block',
      'list',
      'page 2',
      'list',
      'block',
      'page 4',
      'block',
    ])
  })

  it('shows no page markers for sources without pages', () => {
    expect(
      layoutBlocks([block('paragraph', 0), block('paragraph', 10)]).every((i) => i.type === 'block'),
    ).toBe(true)
  })

  it('takes an opening heading equal to the title as the title', () => {
    const text = 'Syria joins\n\nBody'
    const blocks: TextBlock[] = [
      { kind: 'heading', start: 0, end: 11, level: 1 },
      { kind: 'paragraph', start: 13, end: 17 },
    ]
    expect(titleBlockOf({ text, blocks, title: 'Syria joins' })).toBe(blocks[0])
    expect(titleBlockOf({ text, blocks, title: 'Another title' })).toBeUndefined()
    expect(titleBlockOf({ text, blocks: blocks.slice(1), title: 'Body' })).toBeUndefined()
  })
})
