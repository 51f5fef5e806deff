import { describe, expect, it } from 'vitest'
import { UNDO_LIMIT, UndoStack, type UndoEntry } from './undo-stack'

const entry = (label: string): UndoEntry => ({ label, undo: () => Promise.resolve() })
const labels = (stack: UndoStack) => {
  const out: string[] = []
  for (let item = stack.pop(); item; item = stack.pop()) out.push(item.entry.label)
  return out
}

describe('UndoStack', () => {
  it('gives back the newest entry first, once', () => {
    const stack = new UndoStack()
    stack.push(entry('deleting 2 sources'))
    stack.push(entry('highlighting “weapons depots”'))
    expect(stack.pop()?.entry.label).toBe('highlighting “weapons depots”')
    expect(stack.pop()?.entry.label).toBe('deleting 2 sources')
    expect(stack.pop()).toBeUndefined()
  })

  it('lets a toast take its own entry from under newer ones, so Ctrl+Z then undoes the one before', () => {
    const stack = new UndoStack()
    const { id: first } = stack.push(entry('first'))
    const { id: second } = stack.push(entry('second'))
    stack.push(entry('third'))
    expect(stack.take(second)?.entry.label).toBe('second')
    expect(stack.take(second)).toBeUndefined()
    expect(stack.has(second)).toBe(false)
    expect(stack.has(first)).toBe(true)
    expect(labels(stack)).toEqual(['third', 'first'])
  })

  it('an entry undone by Ctrl+Z cannot be undone again by its toast', () => {
    const stack = new UndoStack()
    const { id } = stack.push(entry('merging Daesh into Islamic State'))
    expect(stack.pop()?.id).toBe(id)
    expect(stack.take(id)).toBeUndefined()
  })

  it('stays within its limit, dropping the oldest entries and saying which', () => {
    const stack = new UndoStack(3)
    const ids = ['a', 'b', 'c'].map((label) => stack.push(entry(label)))
    expect(ids.every(({ dropped }) => dropped.length === 0)).toBe(true)
    const { dropped } = stack.push(entry('d'))
    expect(dropped).toEqual([ids[0]!.id])
    expect(stack.size).toBe(3)
    expect(labels(stack)).toEqual(['d', 'c', 'b'])
  })

  it('holds 50 by default', () => {
    const stack = new UndoStack()
    for (let index = 0; index < UNDO_LIMIT + 7; index++) stack.push(entry(`step ${index}`))
    expect(UNDO_LIMIT).toBe(50)
    expect(stack.size).toBe(50)
    expect(stack.pop()?.entry.label).toBe(`step ${UNDO_LIMIT + 6}`)
  })

  it('empties on clear, giving the ids it held; ids are never reused', () => {
    const stack = new UndoStack()
    const a = stack.push(entry('a')).id
    const b = stack.push(entry('b')).id
    expect(stack.clear()).toEqual([a, b])
    expect(stack.size).toBe(0)
    expect(stack.push(entry('c')).id).toBeGreaterThan(b)
  })

  it('refuses a limit below one', () => {
    expect(() => new UndoStack(0)).toThrow(RangeError)
  })
})
