// The note editor (loaded lazily: Lexical stays out of the app's first
// bundle). Lexical's rich text with lists, links, tables, rules, history and
// Markdown shortcuts; Weft's quotes and mentions; autosave; the toolbar with
// the passages panel, version history, export and the shortcuts sheet.
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link'
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin'
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin'
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin'
import { ListPlugin } from '@lexical/react/LexicalListPlugin'
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { TablePlugin } from '@lexical/react/LexicalTablePlugin'
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $parseSerializedNode,
  type LexicalEditor,
  type SerializedLexicalNode,
} from 'lexical'
import { memo, useCallback, useEffect, useMemo, useState, type RefObject } from 'react'
import { NOTE_EDITOR_NAMESPACE, type Note, type NoteVersionSummary, type SavedNote } from '@shared/notes'
import { useApi } from '../../api/api-context'
import { useUndo } from '../../shell/undo/UndoProvider'
import { NOTE_NODES } from '../nodes/note-nodes'
import { ALREADY_SAVED_TAG, AutosavePlugin, type SaveControls } from '../plugins/AutosavePlugin'
import { DecoratorSelectionPlugin } from '../plugins/DecoratorSelectionPlugin'
import { KeyboardShortcutsPlugin } from '../plugins/KeyboardShortcutsPlugin'
import { MentionClickPlugin } from '../plugins/MentionClickPlugin'
import { MentionTypeaheadPlugin } from '../plugins/MentionTypeaheadPlugin'
import { NoteSectionsPlugin } from '../plugins/NoteSectionsPlugin'
import { PassageDropPlugin } from '../plugins/PassageDropPlugin'
import { PasteCleanupPlugin } from '../plugins/PasteCleanupPlugin'
import { QuoteTypeaheadPlugin } from '../plugins/QuoteTypeaheadPlugin'
import type { SaveState } from './autosaver'
import { NOTE_EDITOR_THEME } from './editor-theme'
import { HelpSheet } from './HelpSheet'
import { LinkDialog, SAFE_URL } from './LinkDialog'
import { NOTE_MARKDOWN_SHORTCUTS } from './markdown-shortcuts'
import { groupInSections, sectionedContent } from './note-sections'
import { NoteToolbar } from './NoteToolbar'
import { PassagesPanel } from './PassagesPanel'
import { QuoteStatesProvider } from './quote-states'
import { VersionHistoryDialog, versionTime } from './VersionHistoryDialog'
import './note-editor.css'

export interface NoteEditorProps {
  note: Note
  onSaveState(state: SaveState): void
  onSaved(saved: SavedNote): void
  saveControlsRef: RefObject<SaveControls | null>
  /** Set when the title asked to move on to the text: focus the text once it is there. */
  focusRequestRef: RefObject<boolean>
  /** Filled with a way to focus the text, for the title's Enter. */
  focusRef: RefObject<(() => void) | null>
}

/** Puts a saved state into the editor as one undoable change (a restored version). */
function replaceContent(editor: LexicalEditor, content: string): void {
  const parsed = JSON.parse(content) as { root: { children: SerializedLexicalNode[] } }
  editor.update(
    () => {
      const root = $getRoot()
      root.clear()
      root.append(...groupInSections(parsed.root.children).map((child) => $parseSerializedNode(child)))
      root.selectStart()
    },
    // The core holds this content already (it made it); Ctrl/Cmd+Z undoes it like any change.
    { tag: ALREADY_SAVED_TAG },
  )
}

function NoteEditor(props: NoteEditorProps) {
  const { note } = props
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: NOTE_EDITOR_NAMESPACE,
      nodes: NOTE_NODES,
      theme: NOTE_EDITOR_THEME,
      editorState: sectionedContent(note.content),
      onError: (error) => console.error('[weft] note editor', error),
    }),
    // The editor is made once per note; later saves of the same note do not reload it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [note.id],
  )
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <QuoteStatesProvider>
        <NoteEditorBody {...props} />
      </QuoteStatesProvider>
    </LexicalComposer>
  )
}

function NoteEditorBody({
  note,
  onSaveState,
  onSaved,
  saveControlsRef,
  focusRequestRef,
  focusRef,
}: NoteEditorProps) {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const focus = () => {
      focusRequestRef.current = false
      editor.focus()
    }
    focusRef.current = focus
    if (focusRequestRef.current) focus()
    return () => {
      focusRef.current = null
    }
  }, [editor, focusRequestRef, focusRef])
  const api = useApi()
  const undo = useUndo()
  const [passagesOpen, setPassagesOpen] = useState(false)
  const [dialog, setDialog] = useState<'help' | 'history' | { link: string }>()

  const flush = useCallback(async () => {
    await saveControlsRef.current?.flush()
  }, [saveControlsRef])

  const openLink = useCallback(() => {
    // The state as it stands, without committing a pending update: Ctrl/Cmd+K calls this from
    // a command handler, in the middle of one.
    const url = editor.getEditorState().read(() => {
      const selection = $getSelection()
      if (!$isRangeSelection(selection)) return ''
      const node = selection.anchor.getNode()
      const link = $isLinkNode(node) ? node : node.getParent()
      return $isLinkNode(link) ? link.getURL() : ''
    })
    setDialog({ link: url })
  }, [editor])
  const openHelp = useCallback(() => setDialog('help'), [])
  const togglePassages = useCallback(() => setPassagesOpen((open) => !open), [])

  /** Puts a kept version back into the note; the core keeps the note as it was, for undo. */
  const restoreVersion = async (versionId: number) => {
    await flush()
    const restored = await api.call('notes:restoreVersion', { id: note.id, versionId })
    replaceContent(editor, restored.note.content)
    return restored
  }
  const restoreFromHistory = async (version: NoteVersionSummary) => {
    const restored = await restoreVersion(version.id)
    const when = versionTime(version.createdAt)
    // On the app's undo stack: the toast's Undo, or Ctrl/Cmd+Z outside the text (inside it, the
    // editor's own undo goes back a step in the text).
    undo.push(
      {
        label: `restoring the version of ${when}`,
        undo: async () => {
          await restoreVersion(restored.undoVersionId)
        },
      },
      { kind: 'success', title: `Restored the version of ${when}` },
    )
  }

  return (
    <div className="note-editor">
      <NoteToolbar
        noteId={note.id}
        passagesOpen={passagesOpen}
        onLink={openLink}
        onTogglePassages={togglePassages}
        onHistory={() => setDialog('history')}
        onHelp={openHelp}
        beforeExport={flush}
      />
      <div className="note-editor-body">
        <div className="note-editor-scroll">
          <div className="note-page">
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="note-content"
                  aria-label="Note text"
                  aria-placeholder="Write your argument. Type / quote to quote a passage, @ to name an actor."
                  placeholder={
                    <p className="note-placeholder">
                      Write your argument. Type <kbd>/quote</kbd> to quote a passage, <kbd>@</kbd> to name an
                      actor.
                    </p>
                  }
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
        </div>
        {passagesOpen && <PassagesPanel onClose={togglePassages} />}
      </div>
      <NoteSectionsPlugin />
      <HistoryPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <LinkPlugin validateUrl={(url) => SAFE_URL.test(url)} />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
      <HorizontalRulePlugin />
      <MarkdownShortcutPlugin transformers={NOTE_MARKDOWN_SHORTCUTS} />
      <PasteCleanupPlugin />
      <PassageDropPlugin />
      <QuoteTypeaheadPlugin />
      <MentionTypeaheadPlugin />
      <DecoratorSelectionPlugin />
      <MentionClickPlugin />
      <KeyboardShortcutsPlugin onHelp={openHelp} onLink={openLink} onTogglePassages={togglePassages} />
      <AutosavePlugin
        noteId={note.id}
        revision={note.revision}
        content={note.content}
        onState={onSaveState}
        onSaved={onSaved}
        controlsRef={saveControlsRef}
      />
      {dialog === 'help' && <HelpSheet onClose={() => setDialog(undefined)} />}
      {dialog === 'history' && (
        <VersionHistoryDialog
          noteId={note.id}
          onClose={() => setDialog(undefined)}
          onRestore={async (version: NoteVersionSummary) => {
            await restoreFromHistory(version)
            setDialog(undefined)
          }}
        />
      )}
      {typeof dialog === 'object' && (
        <LinkDialog
          initialUrl={dialog.link}
          onCancel={() => setDialog(undefined)}
          onApply={(url) => {
            setDialog(undefined)
            editor.dispatchCommand(TOGGLE_LINK_COMMAND, url)
            editor.focus()
          }}
        />
      )}
    </div>
  )
}

// The pane around it redraws for its title and save status; the editor has no reason to.
export default memo(NoteEditor)
