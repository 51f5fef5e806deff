// Paste as a new source: the Library's Paste button, Ctrl/Cmd+Shift+V, and a
// plain paste (Ctrl/Cmd+V, Edit > Paste) while focus is not in a text field.
// The button and the shortcut read the clipboard where the browser allows it;
// the paste event works everywhere, the desktop app included.
import { useCallback, useEffect, useState } from 'react'
import { PasteIcon } from '../reader/reader-icons'
import { useToasts } from '../shell/toasts'
import {
  ClipboardUnavailable,
  isTextEntry,
  pastedContent,
  pasteShortcutLabel,
  readClipboard,
  type PastedContent,
} from './paste-clipboard'
import { usePasteImport } from './paste-import'

export function PasteSourceButton() {
  const importPasted = usePasteImport()
  const toasts = useToasts()
  const [busy, setBusy] = useState(false)

  const importContent = useCallback(
    async (content: PastedContent) => {
      setBusy(true)
      try {
        await importPasted(content)
      } finally {
        setBusy(false)
      }
    },
    [importPasted],
  )

  const pasteFromClipboard = useCallback(async () => {
    let content: PastedContent | undefined
    try {
      content = await readClipboard()
    } catch (error) {
      if (!(error instanceof ClipboardUnavailable)) throw error
      toasts.show({
        kind: 'info',
        title: `Press ${pasteShortcutLabel()} to paste as a new source`,
        details: [
          'Weft is not allowed to read the clipboard directly here, but a paste works anywhere outside a text field.',
        ],
      })
      return
    }
    if (!content) {
      toasts.show({
        kind: 'info',
        title: 'Nothing to paste',
        details: ['The clipboard holds no text. Copy an article or part of a web page, then paste again.'],
      })
      return
    }
    await importContent(content)
  }, [importContent, toasts])

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target)) return
      const content = pastedContent(event.clipboardData)
      if (!content) return
      event.preventDefault()
      void importContent(content)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey
      if (!shortcut || event.key.toLowerCase() !== 'v' || isTextEntry(event.target)) return
      event.preventDefault()
      void pasteFromClipboard()
    }
    document.addEventListener('paste', onPaste)
    window.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('paste', onPaste)
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [importContent, pasteFromClipboard])

  return (
    <button
      type="button"
      className="button"
      aria-label="Paste as new source"
      aria-keyshortcuts="Control+Shift+V"
      title="Paste as new source (Ctrl+Shift+V)"
      disabled={busy}
      onClick={() => void pasteFromClipboard()}
    >
      <PasteIcon />
      Paste
    </button>
  )
}
