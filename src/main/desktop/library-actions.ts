// What the File menu does: new, open and recent libraries, and importing
// files or folders picked in the system dialog, with progress as events.
import { dialog, type BrowserWindow } from 'electron'
import { basename } from 'node:path'
import { isWeftError } from '../core/weft-error'
import type { WeftCore } from '../core/weft-core'
import type { RecentLibraries } from './recent-libraries'

const LIBRARY_FILTERS = [{ name: 'Weft library', extensions: ['weft'] }]

export class LibraryActions {
  private importing = false

  constructor(
    private readonly core: WeftCore,
    private readonly recent: RecentLibraries,
    private readonly onLibraryChanged: () => void,
  ) {}

  async newLibrary(window: BrowserWindow | undefined): Promise<void> {
    const options = { title: 'New Library', defaultPath: 'Research.weft', filters: LIBRARY_FILTERS }
    const picked = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options)
    if (picked.canceled || !picked.filePath) return
    const path = picked.filePath.endsWith('.weft') ? picked.filePath : `${picked.filePath}.weft`
    await this.open(path, true)
  }

  async openLibrary(window: BrowserWindow | undefined): Promise<void> {
    const options = { title: 'Open Library', filters: LIBRARY_FILTERS, properties: ['openFile' as const] }
    const picked = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options)
    const path = picked.filePaths[0]
    if (!picked.canceled && path) await this.open(path, false)
  }

  async open(path: string, create: boolean): Promise<void> {
    try {
      await this.core.switchLibrary(path, create)
      this.recent.remember(path)
      this.onLibraryChanged()
    } catch (error) {
      this.notifyError(
        isWeftError(error) ? error.message : `Could not open ${basename(path)}: ${String(error)}`,
      )
    }
  }

  async importFromDialog(window: BrowserWindow | undefined, folders: boolean): Promise<void> {
    if (this.importing) {
      this.core.events.emit('app:notice', { level: 'info', message: 'An import is already under way.' })
      return
    }
    const options = {
      title: folders ? 'Import Folder' : 'Import Files',
      properties: folders
        ? (['openDirectory', 'multiSelections'] as const)
        : (['openFile', 'multiSelections'] as const),
    }
    const picked = window
      ? await dialog.showOpenDialog(window, { ...options, properties: [...options.properties] })
      : await dialog.showOpenDialog({ ...options, properties: [...options.properties] })
    if (picked.canceled || picked.filePaths.length === 0) return
    this.importing = true
    try {
      const report = await this.core.imports.importPaths(picked.filePaths, {
        nameOf: basename,
        onProgress: (progress) => this.core.events.emit('import:progress', progress),
      })
      if (report.imported > 0) this.core.events.emit('sources:changed', { count: report.imported })
      this.core.events.emit('import:finished', report)
    } catch (error) {
      this.notifyError(isWeftError(error) ? error.message : `Import failed: ${String(error)}`)
    } finally {
      this.importing = false
    }
  }

  private notifyError(message: string): void {
    this.core.events.emit('app:notice', { level: 'error', message })
  }
}
