// Which key presses mean "undo the last thing Weft did", as opposed to a text
// field's own undo, which the field keeps.

/** Inputs that hold typed text, and so their own undo; checkboxes, radios and sliders have none. */
const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'url',
  'tel',
  'email',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'week',
  'time',
])

/** True when a key press belongs to a form field or an editor such as Lexical's (contenteditable), not to Weft. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (target instanceof HTMLElement && target.isContentEditable) return true
  const field = target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')
  if (field instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(field.type)
  return field !== null
}

/** Ctrl+Z (Cmd+Z on a Mac), without Shift (redo) or Alt, outside text entry. */
export function isUndoShortcut(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return false
  const key = event.key.toLowerCase()
  // With a non-Latin layout (Arabic) the key is a letter of that script: go by the key's place.
  const isZ = key === 'z' || (!/^[a-z]$/.test(key) && event.code === 'KeyZ')
  return isZ && !isTextEntry(event.target)
}
