// Hands a file to the browser as a download under its name (the desktop app
// saves it to the downloads folder, the web shell's browser asks where).
export function download(data: Blob | Uint8Array | string, fileName: string, mediaType: string): void {
  const blob =
    data instanceof Blob
      ? data
      : new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mediaType })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download reads the blob after this task; free it once that has surely happened.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
