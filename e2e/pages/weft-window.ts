// Page object for the Weft window: the rail, the library, the reader, toasts.
import { expect, type Locator, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

export class WeftWindow {
  readonly rail: Locator
  readonly sources: Locator
  readonly statusBar: Locator

  constructor(readonly page: Page) {
    this.rail = page.getByRole('navigation', { name: 'Main' })
    this.sources = page.getByRole('grid', { name: 'Sources' })
    this.statusBar = page.getByRole('contentinfo', { name: 'Status' })
  }

  importButton(): Locator {
    return this.page.getByRole('button', { name: /^Import/ })
  }

  /** A source's row in the library table; the name is the row's text, so a title matches. */
  source(title: string | RegExp): Locator {
    return this.sources.getByRole('row', { name: title })
  }

  /** The table's source rows on screen (the table is virtualised), header excluded. */
  sourceRows(): Locator {
    return this.sources.getByRole('row').filter({ has: this.page.getByRole('gridcell') })
  }

  reader(): Locator {
    return this.page.getByRole('article', { name: /^Reader:/ })
  }

  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text })
  }

  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text })
  }

  async importByButton(...paths: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.importButton().click()
    await (await chooser).setFiles(paths)
  }

  /** Drags files from the desktop onto the window, as a person does: enter, over, drop. */
  async dropFiles(...paths: string[]): Promise<void> {
    const files = paths.map((path) => ({ name: basename(path), bytes: [...readFileSync(path)] }))
    const transfer = await this.page.evaluateHandle((items) => {
      const data = new DataTransfer()
      for (const item of items) data.items.add(new File([new Uint8Array(item.bytes)], item.name))
      return data
    }, files)
    const target = this.page.locator('main')
    await target.dispatchEvent('dragenter', { dataTransfer: transfer })
    await target.dispatchEvent('dragover', { dataTransfer: transfer })
    await expect(this.page.getByText('Drop files or folders to import them')).toBeVisible()
    await target.dispatchEvent('drop', { dataTransfer: transfer })
  }
}
