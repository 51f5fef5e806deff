// The Import button: opens the system file picker (also on Ctrl/Cmd+I).
import { forwardRef, useImperativeHandle, useRef } from 'react'
import { ImportIcon } from '../common/icons'
import { fromFileList } from './dropped-files'
import { useImports } from './import-context'

export interface ImportButtonHandle {
  open(): void
}

export const ImportButton = forwardRef<ImportButtonHandle, { primary?: boolean; label?: string }>(
  function ImportButton({ primary = true, label = 'Import…' }, ref) {
    const input = useRef<HTMLInputElement>(null)
    const { importFiles, progress } = useImports()
    useImperativeHandle(ref, () => ({ open: () => input.current?.click() }), [])
    return (
      <>
        <button
          type="button"
          className={primary ? 'button button-primary' : 'button'}
          onClick={() => input.current?.click()}
          disabled={progress !== undefined}
          aria-keyshortcuts="Control+I"
        >
          <ImportIcon />
          {label}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="Choose files to import"
          onChange={(event) => {
            const files = event.currentTarget.files
            if (files) void importFiles(fromFileList(files))
            event.currentTarget.value = ''
          }}
        />
      </>
    )
  },
)
