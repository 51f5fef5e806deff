// Hands a file the core made to the researcher as a download (Blob + <a download>).
import type { NoteExportFile } from '@shared/notes'

export function downloadFile(file: NoteExportFile): void {
  const url = URL.createObjectURL(
    new Blob([file.data.slice().buffer as ArrayBuffer], { type: file.mediaType }),
  )
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = file.fileName
  anchor.hidden = true
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // The download has started by then; a minute is generous for a slow disk.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
