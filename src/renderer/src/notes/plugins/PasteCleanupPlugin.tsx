// HTML pasted from Word, Google Docs or the web is cleaned (see
// paste-cleanup.ts) and then pasted the usual Lexical way. Pastes from Weft's
// own editor (Lexical's clipboard format) and plain text pass untouched.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical'
import { useEffect } from 'react'
import { cleanPastedHtmlText } from '../editor/paste-cleanup'

const LEXICAL_CLIPBOARD = 'application/x-lexical-editor'

export function PasteCleanupPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const cleaned = new WeakSet<Event>()
    return editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        if (cleaned.has(event) || !(event instanceof ClipboardEvent)) return false
        const data = event.clipboardData
        const html = data?.getData('text/html')
        if (!data || !html || data.types.includes(LEXICAL_CLIPBOARD)) return false
        event.preventDefault()
        const transfer = new DataTransfer()
        transfer.setData('text/html', cleanPastedHtmlText(html))
        transfer.setData('text/plain', data.getData('text/plain'))
        const clean = new ClipboardEvent('paste', { clipboardData: transfer })
        cleaned.add(clean)
        return editor.dispatchCommand(PASTE_COMMAND, clean)
      },
      COMMAND_PRIORITY_HIGH,
    )
  }, [editor])
  return null
}
