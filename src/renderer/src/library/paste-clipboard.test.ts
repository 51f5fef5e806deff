// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { isTextEntry, pastedContent } from './paste-clipboard'

function transfer(data: Record<string, string>): DataTransfer {
  return { getData: (type: string) => data[type] ?? '' } as DataTransfer
}

describe('pasted content', () => {
  it('keeps HTML and text when the paste carries both', () => {
    expect(pastedContent(transfer({ 'text/html': '<p>Hi</p>', 'text/plain': 'Hi' }))).toEqual({
      html: '<p>Hi</p>',
      text: 'Hi',
    })
  })

  it('drops blank parts, and has nothing for a paste without text', () => {
    expect(pastedContent(transfer({ 'text/html': '  ', 'text/plain': 'Only text' }))).toEqual({
      text: 'Only text',
    })
    expect(pastedContent(transfer({ 'text/plain': ' \n ' }))).toBeUndefined()
    expect(pastedContent(null)).toBeUndefined()
  })
})

describe('text entry', () => {
  it('tells fields that take a paste from the rest of the window', () => {
    document.body.innerHTML = `
      <input id="field"><textarea id="area"></textarea>
      <div contenteditable="true"><span id="inside">x</span></div>
      <div contenteditable="false"><span id="frozen">x</span></div>
      <button id="button">b</button>`
    for (const id of ['field', 'area', 'inside']) expect(isTextEntry(document.getElementById(id))).toBe(true)
    for (const id of ['frozen', 'button']) expect(isTextEntry(document.getElementById(id))).toBe(false)
    expect(isTextEntry(document.body)).toBe(false)
    expect(isTextEntry(null)).toBe(false)
  })
})
