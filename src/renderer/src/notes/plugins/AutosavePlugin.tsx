// Saves the note as it is typed (see Autosaver for when), and at once when
// the editor loses focus, the window is hidden or closed, or the note closes.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { HISTORIC_TAG, type EditorState } from 'lexical'
import { useEffect, useRef, type RefObject } from 'react'
import type { SavedNote } from '@shared/notes'
import { useApi } from '../../api/api-context'
import { Autosaver, type SaveState } from '../editor/autosaver'
import { IncrementalSerializer } from '../editor/incremental-json'

/** Updates carrying this tag put into the editor what the core already holds: nothing to save. */
export const ALREADY_SAVED_TAG = 'weft-already-saved'

export interface SaveControls {
  /** Saves now if anything is unsaved; resolves when the core has it. */
  flush(): Promise<void>
}

interface AutosavePluginProps {
  noteId: number
  /** The revision of the note as loaded: saves send only its changed blocks. */
  revision: number
  /** The note's JSON as loaded, to tell a block marked dirty from one really changed. */
  content: string
  onState(state: SaveState): void
  onSaved(saved: SavedNote): void
  controlsRef: RefObject<SaveControls | null>
}

export function AutosavePlugin({
  noteId,
  revision,
  content,
  onState,
  onSaved,
  controlsRef,
}: AutosavePluginProps) {
  const [editor] = useLexicalComposerContext()
  const api = useApi()
  // The latest callbacks, without restarting the saver (which would flush) when they change.
  const callbacks = useRef({ onState, onSaved })
  const initialRevision = useRef(revision)
  const initialContent = useRef(content)
  useEffect(() => {
    callbacks.current = { onState, onSaved }
  })

  useEffect(() => {
    // The state to save: the latest one a change produced (never whatever the
    // editor holds while it is being set up or taken down).
    let changed: EditorState | undefined
    // The revision the core has, whose blocks a save may refer to by position.
    let revision: number | undefined = initialRevision.current
    const serializer = new IncrementalSerializer()
    /** Nothing has changed since the note was loaded. */
    let pristine = true
    if (!editor.getEditorState().isEmpty()) serializer.loaded(editor.getEditorState(), initialContent.current)
    const saver = new Autosaver(
      async () => {
        if (!changed || changed.isEmpty()) return
        const plan = serializer.plan(changed)
        if (plan.unchanged) return
        let saved: SavedNote | null = null
        if (revision !== undefined) {
          const answer = await api.call('notes:saveBlocks', {
            id: noteId,
            baseRevision: revision,
            root: plan.root,
            blocks: plan.entries,
          })
          saved = answer.saved
        }
        // The core's note changed since (a restored version): send the whole note.
        saved ??= await api.call('notes:save', { id: noteId, content: plan.content() })
        revision = saved.revision
        serializer.committed(plan)
        callbacks.current.onSaved(saved)
      },
      (state) => callbacks.current.onState(state),
    )
    controlsRef.current = { flush: () => saver.flush() }

    const unregister = editor.registerUpdateListener(
      ({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
        // Selection moves change nothing to save.
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
        // Loading the note into the editor is not a change to it.
        if (prevEditorState.isEmpty()) return serializer.loaded(editorState, initialContent.current)
        // Undo, redo and restores swap whole states: serialize everything afresh.
        if (tags.has(HISTORIC_TAG) || tags.has(ALREADY_SAVED_TAG)) serializer.reset()
        else serializer.changed(editorState, dirtyElements, dirtyLeaves)
        // Plugins starting up mark blocks dirty without changing them: until something really
        // changes, check (once per such update, never per keystroke after) that something did.
        if (pristine) {
          if (serializer.plan(editorState).unchanged) return
          pristine = false
        }
        changed = editorState
        // What the core just made (a restored version) is saved already.
        if (!tags.has(ALREADY_SAVED_TAG)) saver.changed()
      },
    )
    const flush = () => void saver.flush()
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    const unregisterRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('focusout', flush)
      root?.addEventListener('focusout', flush)
    })
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', flush)
    window.addEventListener('beforeunload', flush)
    return () => {
      unregister()
      unregisterRoot()
      editor.getRootElement()?.removeEventListener('focusout', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', flush)
      window.removeEventListener('beforeunload', flush)
      // The note is closing (another one opened): what is unsaved goes now.
      void saver.flush()
      saver.dispose()
      controlsRef.current = null
    }
  }, [editor, api, noteId, controlsRef])

  return null
}
