// The note editor's keyboard shortcuts, as the help sheet lists them and the
// shortcuts plugin matches them. "Mod" is Cmd on a Mac and Ctrl elsewhere.

export interface ShortcutEntry {
  /** Keys as shown, with Mod for Cmd or Ctrl. */
  keys: string
  action: string
}

export interface ShortcutGroup {
  title: string
  entries: ShortcutEntry[]
}

export const IS_MAC =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)

/** "Mod+Shift+X" as this platform writes it: ⌘⇧X on a Mac, Ctrl+Shift+X elsewhere. */
export function displayKeys(keys: string): string {
  if (!IS_MAC) return keys.replace(/Mod/g, 'Ctrl')
  return keys
    .replace(/Mod\+?/g, '⌘')
    .replace(/Shift\+?/g, '⇧')
    .replace(/Alt\+?/g, '⌥')
}

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Text',
    entries: [
      { keys: 'Mod+B', action: 'Bold' },
      { keys: 'Mod+I', action: 'Italic' },
      { keys: 'Mod+U', action: 'Underline' },
      { keys: 'Mod+Shift+X', action: 'Strikethrough' },
      { keys: 'Mod+E', action: 'Inline code' },
      { keys: 'Mod+K', action: 'Add or edit a link' },
      { keys: 'Mod+Z', action: 'Undo' },
      { keys: 'Mod+Shift+Z', action: 'Redo' },
    ],
  },
  {
    title: 'Blocks',
    entries: [
      { keys: 'Mod+Alt+0', action: 'Paragraph' },
      { keys: 'Mod+Alt+1', action: 'Heading 1' },
      { keys: 'Mod+Alt+2', action: 'Heading 2' },
      { keys: 'Mod+Alt+3', action: 'Heading 3' },
      { keys: 'Mod+Alt+Q', action: 'Block quote' },
      { keys: 'Mod+Shift+8', action: 'Bulleted list' },
      { keys: 'Mod+Shift+7', action: 'Numbered list' },
      { keys: 'Mod+Shift+9', action: 'Check list' },
      { keys: 'Tab', action: 'Indent a list item (Shift+Tab: outdent)' },
    ],
  },
  {
    title: 'Evidence',
    entries: [
      { keys: '/quote', action: 'Quote a passage: type words of it or of its source' },
      { keys: '@', action: 'Mention an actor, or create one' },
      { keys: 'Mod+Enter', action: 'Open the actor or the quoted passage beside the caret' },
      { keys: 'Mod+Shift+E', action: 'Show or hide the passages panel' },
    ],
  },
  {
    title: 'Markdown as you type',
    entries: [
      { keys: '# ', action: 'Heading (## and ### for smaller ones)' },
      { keys: '- ', action: 'Bulleted list' },
      { keys: '1. ', action: 'Numbered list' },
      { keys: '- [ ] ', action: 'Check list' },
      { keys: '> ', action: 'Block quote' },
      { keys: '**bold**', action: 'Bold' },
      { keys: '*italic*', action: 'Italic' },
      { keys: '~~struck~~', action: 'Strikethrough' },
      { keys: '`code`', action: 'Inline code' },
      { keys: '---', action: 'Horizontal rule' },
    ],
  },
  {
    title: 'Notes',
    entries: [
      { keys: 'Mod+/', action: 'This list of shortcuts' },
      { keys: 'Mod+Z', action: 'Undo a deleted note (outside the editor, while its notice shows)' },
    ],
  },
]

interface KeyEventLike {
  key: string
  code: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/** Whether a key press is `keys` ("Mod+Shift+8"); digits and letters match by key position. */
export function matchesShortcut(event: KeyEventLike, keys: string): boolean {
  const parts = keys.split('+')
  const key = parts.at(-1)!
  const mod = parts.includes('Mod')
  if (mod !== (IS_MAC ? event.metaKey : event.ctrlKey)) return false
  if (parts.includes('Shift') !== event.shiftKey || parts.includes('Alt') !== event.altKey) return false
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}`
  if (/^[A-Z]$/.test(key)) return event.code === `Key${key}`
  return event.key === key
}
