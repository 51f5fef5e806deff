import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Autosaver, type SaveState } from './autosaver'

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function setup(save = vi.fn(() => Promise.resolve())) {
    const states: SaveState['kind'][] = []
    const saver = new Autosaver(
      save,
      (state) => states.push(state.kind),
      { debounceMs: 300, maxWaitMs: 700, retryMs: 2000, idleWaitMs: 0 },
      () => Date.now(),
    )
    return { saver, save, states }
  }

  it('saves once typing pauses', async () => {
    const { saver, save, states } = setup()
    saver.changed()
    await vi.advanceTimersByTimeAsync(200)
    saver.changed()
    await vi.advanceTimersByTimeAsync(299)
    expect(save).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(save).toHaveBeenCalledTimes(1)
    expect(states).toEqual(['unsaved', 'saving', 'saved'])
  })

  it('saves within the longest wait while changes keep coming', async () => {
    const { saver, save } = setup()
    // A keystroke every 100 ms never leaves the 300 ms pause: the save still starts by 700 ms.
    for (let elapsed = 0; elapsed < 700; elapsed += 100) {
      saver.changed()
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(save).toHaveBeenCalledTimes(1)
    for (let elapsed = 0; elapsed < 700; elapsed += 100) {
      saver.changed()
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(save).toHaveBeenCalledTimes(2)
  })

  it('saves again after a save during which the note changed', async () => {
    let finish: () => void = () => undefined
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    const { saver } = setup(save)
    saver.changed()
    await vi.advanceTimersByTimeAsync(300)
    expect(save).toHaveBeenCalledTimes(1)
    saver.changed()
    finish()
    await vi.advanceTimersByTimeAsync(300)
    expect(save).toHaveBeenCalledTimes(2)
  })

  it('flushes at once, and retries a failed save', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined)
    const { saver, states } = setup(save)
    saver.changed()
    await saver.flush()
    expect(states).toEqual(['unsaved', 'saving', 'failed'])
    await vi.advanceTimersByTimeAsync(2000)
    expect(save).toHaveBeenCalledTimes(2)
    expect(states.at(-1)).toBe('saved')
  })

  it('does nothing when nothing changed', async () => {
    const { saver, save } = setup()
    await saver.flush()
    expect(save).not.toHaveBeenCalled()
  })
})
