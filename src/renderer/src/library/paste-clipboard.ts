// What a paste carries: HTML (kept when present, so the article's structure
// survives) and plain text, from a paste event or from the Clipboard API.

export interface PastedContent {
  html?: string
  text?: string
}

/** The content of a paste event, or undefined when it holds no text at all. */
export function pastedContent(data: DataTransfer | null): PastedContent | undefined {
  if (!data) return undefined
  return nonEmpty({ html: data.getData('text/html'), text: data.getData('text/plain') })
}

/** Reading the clipboard was refused (no permission, or no Clipboard API): a paste event is the way left. */
export class ClipboardUnavailable extends Error {
  constructor(cause: unknown) {
    super('The clipboard cannot be read directly here.', { cause })
    this.name = 'ClipboardUnavailable'
  }
}

/** Reads the clipboard through the Clipboard API, where the browser allows it. */
export async function readClipboard(): Promise<PastedContent | undefined> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard
  if (!clipboard) throw new ClipboardUnavailable(new Error('no Clipboard API'))
  try {
    if (typeof clipboard.read === 'function') {
      const content: PastedContent = {}
      for (const item of await clipboard.read()) {
        if (!content.html && item.types.includes('text/html')) {
          content.html = await (await item.getType('text/html')).text()
        }
        if (!content.text && item.types.includes('text/plain')) {
          content.text = await (await item.getType('text/plain')).text()
        }
      }
      return nonEmpty(content)
    }
    return nonEmpty({ text: await clipboard.readText() })
  } catch (error) {
    throw new ClipboardUnavailable(error)
  }
}

/** The paste shortcut as this platform writes it. */
export function pasteShortcutLabel(): string {
  return /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘V' : 'Ctrl+V'
}

/** Whether keystrokes and pastes aimed at `target` belong to a text field rather than to Weft. */
export { isTextEntry } from '../shell/undo/undo-keys'

function nonEmpty(content: PastedContent): PastedContent | undefined {
  const html = content.html?.trim() ? content.html : undefined
  const text = content.text?.trim() ? content.text : undefined
  if (!html && !text) return undefined
  return { ...(html && { html }), ...(text && { text }) }
}
