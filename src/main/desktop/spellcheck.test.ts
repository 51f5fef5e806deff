import { describe, expect, it } from 'vitest'
import { configureSpellcheck, spellcheckNeedsNoDownload } from './spellcheck'

describe('spell checking offline', () => {
  it('uses the system spellchecker on macOS, which downloads nothing', () => {
    expect(spellcheckNeedsNoDownload('darwin')).toBe(true)
  })

  it('stays off on Windows and Linux, where Electron would download Hunspell dictionaries', () => {
    expect(spellcheckNeedsNoDownload('win32')).toBe(false)
    expect(spellcheckNeedsNoDownload('linux')).toBe(false)
  })

  it('sets the session to match before any window asks for it', () => {
    const calls: boolean[] = []
    const session = { setSpellCheckerEnabled: (enabled: boolean) => void calls.push(enabled) }
    expect(configureSpellcheck(session, 'linux')).toBe(false)
    expect(configureSpellcheck(session, 'darwin')).toBe(true)
    expect(calls).toEqual([false, true])
  })
})
