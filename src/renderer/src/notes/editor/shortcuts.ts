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

/**
 * The editor's own key combinations, kept in one place: the shortcuts plugin
 * matches them, the toolbar shows them in its tooltips, the help sheet lists
 * them. (Lexical itself handles undo, redo, bold, italic and underline.)
 */
export const EDITOR_KEYS = {
  undo: 'Mod+Z',
  redo: 'Mod+Shift+Z',
  bold: 'Mod+B',
  italic: 'Mod+I',
  underline: 'Mod+U',
  strikethrough: 'Mod+Shift+X',
  code: 'Mod+E',
  link: 'Mod+K',
  paragraph: 'Mod+Alt+0',
  h1: 'Mod+Alt+1',
  h2: 'Mod+Alt+2',
  h3: 'Mod+Alt+3',
  quote: 'Mod+Alt+Q',
  bullet: 'Mod+Shift+8',
  number: 'Mod+Shift+7',
  check: 'Mod+Shift+9',
  openBesideCaret: 'Mod+Enter',
  passages: 'Mod+Shift+E',
  help: 'Mod+/',
} as const

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Text',
    entries: [
      { keys: EDITOR_KEYS.bold, action: 'Bold' },
      { keys: EDITOR_KEYS.italic, action: 'Italic' },
      { keys: EDITOR_KEYS.underline, action: 'Underline' },
      { keys: EDITOR_KEYS.strikethrough, action: 'Strikethrough' },
      { keys: EDITOR_KEYS.code, action: 'Inline code' },
      { keys: EDITOR_KEYS.link, action: 'Add or edit a link' },
      { keys: EDITOR_KEYS.undo, action: 'Undo' },
      { keys: EDITOR_KEYS.redo, action: 'Redo' },
    ],
  },
  {
    title: 'Blocks',
    entries: [
      { keys: EDITOR_KEYS.paragraph, action: 'Paragraph' },
      { keys: EDITOR_KEYS.h1, action: 'Heading 1' },
      { keys: EDITOR_KEYS.h2, action: 'Heading 2' },
      { keys: EDITOR_KEYS.h3, action: 'Heading 3' },
      { keys: EDITOR_KEYS.quote, action: 'Block quote' },
      { keys: EDITOR_KEYS.bullet, action: 'Bulleted list' },
      { keys: EDITOR_KEYS.number, action: 'Numbered list' },
      { keys: EDITOR_KEYS.check, action: 'Check list' },
      { keys: 'Tab', action: 'Indent a list item (Shift+Tab: outdent)' },
    ],
  },
  {
    title: 'Evidence',
    entries: [
      { keys: '/quote', action: 'Quote a passage: type words of it or of its source' },
      { keys: '@', action: 'Mention an actor, or create one' },
      { keys: EDITOR_KEYS.openBesideCaret, action: 'Open the actor or the quoted passage beside the caret' },
      { keys: EDITOR_KEYS.passages, action: 'Show or hide the passages panel' },
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
      { keys: EDITOR_KEYS.help, action: 'This list of shortcuts' },
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
