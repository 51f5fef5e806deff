// The editor's toolbar: undo and redo, block styles, text formats, link,
// lists, table and rule; then the passages panel, history, export and help.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { REDO_COMMAND, UNDO_COMMAND } from 'lexical'
import type { ReactNode } from 'react'
import { useToolbarState, type BlockType, type ToolbarFormat } from '../plugins/toolbar-state'
import { insertRule, insertTable, setBlockType, toggleFormat } from './editor-actions'
import { ExportMenu } from './ExportMenu'
import { RovingToolbar, ToolbarButton, ToolbarSeparator } from './RovingToolbar'
import { displayKeys, EDITOR_KEYS } from './shortcuts'
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

/** A pressable tool: its id (the state it shows, the key it has), name and face. */
interface ToolFace<Id extends string> {
  id: Id
  label: string
  face: ReactNode
  className?: string
}

const BLOCK_STYLE_TOOLS: ToolFace<BlockType & keyof typeof EDITOR_KEYS>[] = [
  { id: 'paragraph', label: 'Paragraph', face: '¶', className: 'note-tool-glyph' },
  { id: 'h1', label: 'Heading 1', face: 'H1', className: 'note-tool-glyph' },
  { id: 'h2', label: 'Heading 2', face: 'H2', className: 'note-tool-glyph' },
  { id: 'h3', label: 'Heading 3', face: 'H3', className: 'note-tool-glyph' },
  { id: 'quote', label: 'Block quote', face: <BlockQuoteIcon /> },
]

const TEXT_FORMAT_TOOLS: ToolFace<ToolbarFormat>[] = [
  { id: 'bold', label: 'Bold', face: 'B', className: 'note-tool-glyph note-tool-bold' },
  { id: 'italic', label: 'Italic', face: 'I', className: 'note-tool-glyph note-tool-italic' },
  { id: 'underline', label: 'Underline', face: 'U', className: 'note-tool-glyph note-tool-underline' },
  { id: 'strikethrough', label: 'Strikethrough', face: 'S', className: 'note-tool-glyph note-tool-strike' },
  { id: 'code', label: 'Inline code', face: <CodeIcon /> },
]

const LIST_TOOLS: ToolFace<BlockType & keyof typeof EDITOR_KEYS>[] = [
  { id: 'bullet', label: 'Bulleted list', face: <BulletListIcon /> },
  { id: 'number', label: 'Numbered list', face: <NumberListIcon /> },
  { id: 'check', label: 'Check list', face: <CheckListIcon /> },
]

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
  const blockTool = (tool: ToolFace<BlockType & keyof typeof EDITOR_KEYS>) => (
    <ToolbarButton
      key={tool.id}
      id={tool.id}
      label={tool.label}
      shortcut={displayKeys(EDITOR_KEYS[tool.id])}
      pressed={state.block === tool.id}
      onClick={() => setBlockType(editor, state.block, tool.id)}
      className={tool.className}
    >
      {tool.face}
    </ToolbarButton>
  )
  return (
    <RovingToolbar label="Formatting" first="undo">
      <ToolbarButton
        id="undo"
        label="Undo"
        shortcut={displayKeys(EDITOR_KEYS.undo)}
        disabled={!state.canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        <UndoIcon />
      </ToolbarButton>
      <ToolbarButton
        id="redo"
        label="Redo"
        shortcut={displayKeys(EDITOR_KEYS.redo)}
        disabled={!state.canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        <RedoIcon />
      </ToolbarButton>
      <ToolbarSeparator />
      {BLOCK_STYLE_TOOLS.map(blockTool)}
      <ToolbarSeparator />
      {TEXT_FORMAT_TOOLS.map((tool) => (
        <ToolbarButton
          key={tool.id}
          id={tool.id}
          label={tool.label}
          shortcut={displayKeys(EDITOR_KEYS[tool.id])}
          pressed={state.formats[tool.id]}
          onClick={() => toggleFormat(editor, tool.id)}
          className={tool.className}
        >
          {tool.face}
        </ToolbarButton>
      ))}
      <ToolbarButton
        id="link"
        label="Link"
        shortcut={displayKeys(EDITOR_KEYS.link)}
        pressed={state.link}
        onClick={onLink}
      >
        <LinkIcon />
      </ToolbarButton>
      <ToolbarSeparator />
      {LIST_TOOLS.map(blockTool)}
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
        shortcut={displayKeys(EDITOR_KEYS.passages)}
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
      <ToolbarButton
        id="help"
        label="Keyboard shortcuts"
        shortcut={displayKeys(EDITOR_KEYS.help)}
        onClick={onHelp}
      >
        <HelpIcon />
      </ToolbarButton>
    </RovingToolbar>
  )
}
