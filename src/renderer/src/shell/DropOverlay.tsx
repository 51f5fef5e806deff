// Drag and drop anywhere in the window imports the dropped files and folders.
import { useEffect, useRef, useState } from 'react'
import { collectDroppedFiles } from '../library/dropped-files'
import { useImports } from '../library/import-context'
import { useToasts } from './toasts'

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

export function DropOverlay() {
  const { importFiles } = useImports()
  const toasts = useToasts()
  const [active, setActive] = useState(false)
  const depth = useRef(0)

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth.current += 1
      setActive(true)
    }
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setActive(false)
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return
      event.preventDefault()
      depth.current = 0
      setActive(false)
      collectDroppedFiles(event.dataTransfer).then(importFiles, (error: unknown) =>
        toasts.show({ kind: 'error', title: 'Could not read the dropped files', details: [String(error)] }),
      )
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [importFiles, toasts])

  return active ? <div className="drop-overlay">Drop files or folders to import them</div> : null
}
