// The class names Lexical gives what it renders in a note (styled in note-editor.css).
import type { EditorThemeClasses } from 'lexical'

export const NOTE_EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'note-p',
  heading: { h1: 'note-h1', h2: 'note-h2', h3: 'note-h3', h4: 'note-h4', h5: 'note-h5', h6: 'note-h6' },
  quote: 'note-blockquote',
  list: {
    ul: 'note-ul',
    ol: 'note-ol',
    listitem: 'note-li',
    listitemChecked: 'note-li-checked',
    listitemUnchecked: 'note-li-unchecked',
    nested: { listitem: 'note-li-nested' },
    checklist: 'note-checklist',
  },
  link: 'note-link',
  text: {
    bold: 'note-bold',
    italic: 'note-italic',
    underline: 'note-underline',
    strikethrough: 'note-strikethrough',
    underlineStrikethrough: 'note-underline-strikethrough',
    code: 'note-code',
    subscript: 'note-sub',
    superscript: 'note-sup',
  },
  code: 'note-code-block',
  table: 'note-table',
  tableRow: 'note-tr',
  tableCell: 'note-td',
  tableCellHeader: 'note-th',
  tableSelection: 'note-table-selection',
  tableCellSelected: 'note-td-selected',
  hr: 'note-hr',
  hrSelected: 'note-hr-selected',
}
