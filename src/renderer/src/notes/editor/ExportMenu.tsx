// The toolbar's Export menu: the note as Markdown (names or [[wikilinks]]),
// HTML, Word or PDF, made by the core and downloaded.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { MentionStyle, NoteExportFormat } from '@shared/notes'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../api/weft-client'
import { useToasts } from '../../shell/toasts'
import { downloadFile } from './download'
import { useRovingItem } from './RovingToolbar'
import { ChevronIcon, ExportIcon } from './toolbar-icons'

interface ExportChoice {
  format: NoteExportFormat
  mentions: MentionStyle
  label: string
}

const CHOICES: ExportChoice[] = [
  { format: 'md', mentions: 'plain', label: 'Markdown (.md)' },
  { format: 'md', mentions: 'wikilinks', label: 'Markdown, actors as [[wikilinks]]' },
  { format: 'html', mentions: 'plain', label: 'Web page (.html)' },
  { format: 'docx', mentions: 'plain', label: 'Word document (.docx)' },
  { format: 'pdf', mentions: 'plain', label: 'PDF (.pdf)' },
]

interface ExportMenuProps {
  noteId: number
  /** Saves what is unsaved first, so the export has the latest text. */
  beforeExport(): Promise<void>
}

export function ExportMenu({ noteId, beforeExport }: ExportMenuProps) {
  const api = useApi()
  const toasts = useToasts()
  const roving = useRovingItem('export')
  const menuId = useId()
  const trigger = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== trigger.current) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])

  const choose = async (choice: ExportChoice) => {
    setOpen(false)
    trigger.current?.focus()
    setBusy(true)
    try {
      await beforeExport()
      const file = await api.call('notes:export', {
        id: noteId,
        format: choice.format,
        mentions: choice.mentions,
      })
      downloadFile(file)
      toasts.show({ kind: 'success', title: `Exported “${file.fileName}”` })
    } catch (failure) {
      toasts.show({ kind: 'error', title: 'Could not export the note', details: [errorMessage(failure)] })
    } finally {
      setBusy(false)
    }
  }

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'))
    const at = items.indexOf(document.activeElement as HTMLElement)
    const focus = (index: number) => items[(index + items.length) % items.length]?.focus()
    if (event.key === 'ArrowDown') focus(at + 1)
    else if (event.key === 'ArrowUp') focus(at - 1)
    else if (event.key === 'Home') focus(0)
    else if (event.key === 'End') focus(items.length - 1)
    else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false)
      trigger.current?.focus()
    } else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div className="note-menu-anchor">
      <button
        ref={trigger}
        type="button"
        className="note-tool note-tool-text"
        title="Export the note"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy || undefined}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault()
            setOpen(true)
          }
        }}
        {...roving}
      >
        <ExportIcon />
        <span>{busy ? 'Exporting…' : 'Export'}</span>
        <ChevronIcon />
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label="Export the note as"
          className="note-menu"
          onKeyDown={onMenuKey}
        >
          {CHOICES.map((choice) => (
            <button
              key={choice.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="note-menu-item"
              onClick={() => void choose(choice)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
