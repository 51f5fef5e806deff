// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { isTextEntry, isUndoShortcut } from './undo-keys'

document.body.innerHTML = `
  <input id="field" /><input id="when" type="date" /><input id="box" type="checkbox" /><input id="pick-one" type="radio" />
  <textarea id="area"></textarea><select id="pick"></select>
  <div id="editor" contenteditable="true"><p><span id="inside">text</span></p></div>
  <div id="frozen" contenteditable="false">no</div>
  <div id="list" role="listbox" tabindex="0"></div>`

const target = (id: string) => document.getElementById(id)!

function press(on: Element, init: KeyboardEventInit): boolean {
  let result = false
  const listener = (event: Event) => (result = isUndoShortcut(event as KeyboardEvent))
  window.addEventListener('keydown', listener)
  on.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }))
  window.removeEventListener('keydown', listener)
  return result
}

describe('the undo shortcut', () => {
  it('is Ctrl+Z or Cmd+Z on Weft itself', () => {
    expect(press(target('list'), { key: 'z', code: 'KeyZ', ctrlKey: true })).toBe(true)
    expect(press(target('list'), { key: 'z', code: 'KeyZ', metaKey: true })).toBe(true)
    expect(press(document.body, { key: 'Z', code: 'KeyZ', ctrlKey: true })).toBe(true)
  })

  it('is not redo, another letter, or Z alone', () => {
    expect(press(target('list'), { key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true })).toBe(false)
    expect(press(target('list'), { key: 'z', code: 'KeyZ', ctrlKey: true, altKey: true })).toBe(false)
    expect(press(target('list'), { key: 'z', code: 'KeyZ' })).toBe(false)
    expect(press(target('list'), { key: 'y', code: 'KeyY', ctrlKey: true })).toBe(false)
  })

  it('goes by the key on a Latin layout (AZERTY’s Z is where QWERTY has W) and by its place on an Arabic one', () => {
    expect(press(target('list'), { key: 'w', code: 'KeyZ', ctrlKey: true })).toBe(false)
    expect(press(target('list'), { key: 'z', code: 'KeyW', ctrlKey: true })).toBe(true)
    expect(press(target('list'), { key: 'ئ', code: 'KeyZ', ctrlKey: true })).toBe(true)
  })

  it('leaves text fields, selects and editors their own undo', () => {
    for (const id of ['field', 'when', 'area', 'pick', 'editor', 'inside'])
      expect(press(target(id), { key: 'z', code: 'KeyZ', ctrlKey: true }), id).toBe(false)
    expect(press(target('frozen'), { key: 'z', code: 'KeyZ', ctrlKey: true })).toBe(true)
  })

  it('is Weft’s on a checkbox or a radio button, which have no undo of their own', () => {
    for (const id of ['box', 'pick-one'])
      expect(press(target(id), { key: 'z', code: 'KeyZ', ctrlKey: true }), id).toBe(true)
  })
})

describe('isTextEntry', () => {
  it('knows form fields and editable text, and nothing else', () => {
    for (const id of ['field', 'when', 'area', 'pick', 'editor', 'inside'])
      expect(isTextEntry(target(id)), id).toBe(true)
    expect(isTextEntry(target('box'))).toBe(false)
    expect(isTextEntry(target('list'))).toBe(false)
    expect(isTextEntry(document.body)).toBe(false)
    expect(isTextEntry(null)).toBe(false)
  })
})
