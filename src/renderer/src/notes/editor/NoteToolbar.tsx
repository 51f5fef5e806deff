// The editor's toolbar: undo and redo, block styles, text formats, link,
// lists, table and rule; then the passages panel, history, export and help.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { REDO_COMMAND, UNDO_COMMAND } from 'lexical'
import { useToolbarState, type ToolbarState } from '../plugins/toolbar-state'
import { insertRule, insertTable, setBlockType, toggleFormat } from './editor-actions'
import { ExportMenu } from './ExportMenu'
import { RovingToolbar, ToolbarButton, ToolbarSeparator } from './RovingToolbar'
import { displayKeys } from './shortcuts'
import {
  BlockQuoteIcon,
  BulletListIcon,
  CheckListIcon,
  CodeIcon,
  HelpIcon,
  HistoryIcon,
  LinkIcon,
  NumberListIcon,
  PassagesIcon,
  RedoIcon,
  RuleIcon,
  TableIcon,
  UndoIcon,
} from './toolbar-icons'

interface NoteToolbarProps {
  noteId: number
  passagesOpen: boolean
  onLink(): void
  onTogglePassages(): void
  onHistory(): void
  onHelp(): void
  beforeExport(): Promise<void>
}

export function NoteToolbar({
  noteId,
  passagesOpen,
  onLink,
  onTogglePassages,
  onHistory,
  onHelp,
  beforeExport,
}: NoteToolbarProps) {
  const [editor] = useLexicalComposerContext()
  // Read here, not in the editor around it: a change of format redraws the toolbar alone.
  const state = useToolbarState()
  const block = (target: ToolbarState['block']) => () => setBlockType(editor, state.block, target)
  return (
    <RovingToolbar label="Formatting" first="undo">
      <ToolbarButton
        id="undo"
        label="Undo"
        shortcut={displayKeys('Mod+Z')}
        disabled={!state.canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        <UndoIcon />
      </ToolbarButton>
      <ToolbarButton
        id="redo"
        label="Redo"
        shortcut={displayKeys('Mod+Shift+Z')}
        disabled={!state.canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        <RedoIcon />
      </ToolbarButton>
      <ToolbarSeparator />
      <ToolbarButton
        id="paragraph"
        label="Paragraph"
        shortcut={displayKeys('Mod+Alt+0')}
        pressed={state.block === 'paragraph'}
        onClick={block('paragraph')}
        className="note-tool-glyph"
      >
        ¶
      </ToolbarButton>
      <ToolbarButton
        id="h1"
        label="Heading 1"
        shortcut={displayKeys('Mod+Alt+1')}
        pressed={state.block === 'h1'}
        onClick={block('h1')}
        className="note-tool-glyph"
      >
        H1
      </ToolbarButton>
      <ToolbarButton
        id="h2"
        label="Heading 2"
        shortcut={displayKeys('Mod+Alt+2')}
        pressed={state.block === 'h2'}
        onClick={block('h2')}
        className="note-tool-glyph"
      >
        H2
      </ToolbarButton>
      <ToolbarButton
        id="h3"
        label="Heading 3"
        shortcut={displayKeys('Mod+Alt+3')}
        pressed={state.block === 'h3'}
        onClick={block('h3')}
        className="note-tool-glyph"
      >
        H3
      </ToolbarButton>
      <ToolbarButton
        id="quote"
        label="Block quote"
        shortcut={displayKeys('Mod+Alt+Q')}
        pressed={state.block === 'quote'}
        onClick={block('quote')}
      >
        <BlockQuoteIcon />
      </ToolbarButton>
      <ToolbarSeparator />
      <ToolbarButton
        id="bold"
        label="Bold"
        shortcut={displayKeys('Mod+B')}
        pressed={state.formats.bold}
        onClick={() => toggleFormat(editor, 'bold')}
        className="note-tool-glyph note-tool-bold"
      >
        B
      </ToolbarButton>
      <ToolbarButton
        id="italic"
        label="Italic"
        shortcut={displayKeys('Mod+I')}
        pressed={state.formats.italic}
        onClick={() => toggleFormat(editor, 'italic')}
        className="note-tool-glyph note-tool-italic"
      >
        I
      </ToolbarButton>
      <ToolbarButton
        id="underline"
        label="Underline"
        shortcut={displayKeys('Mod+U')}
        pressed={state.formats.underline}
        onClick={() => toggleFormat(editor, 'underline')}
        className="note-tool-glyph note-tool-underline"
      >
        U
      </ToolbarButton>
      <ToolbarButton
        id="strikethrough"
        label="Strikethrough"
        shortcut={displayKeys('Mod+Shift+X')}
        pressed={state.formats.strikethrough}
        onClick={() => toggleFormat(editor, 'strikethrough')}
        className="note-tool-glyph note-tool-strike"
      >
        S
      </ToolbarButton>
      <ToolbarButton
        id="code"
        label="Inline code"
        shortcut={displayKeys('Mod+E')}
        pressed={state.formats.code}
        onClick={() => toggleFormat(editor, 'code')}
      >
        <CodeIcon />
      </ToolbarButton>
      <ToolbarButton
        id="link"
        label="Link"
        shortcut={displayKeys('Mod+K')}
        pressed={state.link}
        onClick={onLink}
      >
        <LinkIcon />
      </ToolbarButton>
      <ToolbarSeparator />
      <ToolbarButton
        id="bullet"
        label="Bulleted list"
        shortcut={displayKeys('Mod+Shift+8')}
        pressed={state.block === 'bullet'}
        onClick={block('bullet')}
      >
        <BulletListIcon />
      </ToolbarButton>
      <ToolbarButton
        id="number"
        label="Numbered list"
        shortcut={displayKeys('Mod+Shift+7')}
        pressed={state.block === 'number'}
        onClick={block('number')}
      >
        <NumberListIcon />
      </ToolbarButton>
      <ToolbarButton
        id="check"
        label="Check list"
        shortcut={displayKeys('Mod+Shift+9')}
        pressed={state.block === 'check'}
        onClick={block('check')}
      >
        <CheckListIcon />
      </ToolbarButton>
      <ToolbarSeparator />
      <ToolbarButton id="table" label="Insert a table" onClick={() => insertTable(editor)}>
        <TableIcon />
      </ToolbarButton>
      <ToolbarButton id="rule" label="Insert a horizontal rule" onClick={() => insertRule(editor)}>
        <RuleIcon />
      </ToolbarButton>
      <span className="note-toolbar-spacer" />
      <ToolbarButton
        id="passages"
        label="Passages"
        shortcut={displayKeys('Mod+Shift+E')}
        pressed={passagesOpen}
        onClick={onTogglePassages}
        className="note-tool-text"
      >
        <PassagesIcon />
        <span>Passages</span>
      </ToolbarButton>
      <ToolbarButton id="history" label="Version history" onClick={onHistory}>
        <HistoryIcon />
      </ToolbarButton>
      <ExportMenu noteId={noteId} beforeExport={beforeExport} />
      <ToolbarButton id="help" label="Keyboard shortcuts" shortcut={displayKeys('Mod+/')} onClick={onHelp}>
        <HelpIcon />
      </ToolbarButton>
    </RovingToolbar>
  )
}
