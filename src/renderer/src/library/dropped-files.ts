// Turns a drop into a flat list of files, walking dropped folders. Entries
// must be taken while the drop event is live, so this starts synchronously.

export interface PickedFile {
  /** Path inside a dropped folder, or the file's name. */
  name: string
  file: File
}

export function collectDroppedFiles(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(transfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => Boolean(entry))
  if (entries.length === 0) {
    return Promise.resolve(Array.from(transfer.files).map((file) => ({ name: file.name, file })))
  }
  return Promise.all(entries.map((entry) => readEntry(entry))).then((lists) => lists.flat())
}

async function readEntry(entry: FileSystemEntry): Promise<PickedFile[]> {
  if (entry.name.startsWith('.')) return []
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    )
    return [{ name: entry.fullPath.replace(/^\//, '') || file.name, file }]
  }
  if (!entry.isDirectory) return []
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  const children: FileSystemEntry[] = []
  // readEntries returns at most ~100 entries per call: read until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    )
    if (batch.length === 0) break
    children.push(...batch)
  }
  children.sort((a, b) => a.name.localeCompare(b.name))
  const nested = await Promise.all(children.map((child) => readEntry(child)))
  return nested.flat()
}

export function fromFileList(files: FileList | File[]): PickedFile[] {
  return Array.from(files).map((file) => ({ name: file.webkitRelativePath || file.name, file }))
}
