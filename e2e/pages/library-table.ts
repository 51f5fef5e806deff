// Page object for the Library table: its rows and sortable headers, the filter
// bar, the bulk bar, and the dialogs those open.
import { expect, type Locator, type Page } from '@playwright/test'
import { WeftWindow } from './weft-window'

export class LibraryTable {
  readonly app: WeftWindow
  readonly grid: Locator
  readonly filters: Locator
  readonly bulkBar: Locator

  constructor(readonly page: Page) {
    this.app = new WeftWindow(page)
    this.grid = this.app.sources
    this.filters = page.getByRole('search', { name: 'Filter sources' })
    this.bulkBar = page.getByRole('toolbar', { name: 'Selected sources' })
  }

  row(title: string | RegExp): Locator {
    return this.app.source(title)
  }

  rows(): Locator {
    return this.app.sourceRows()
  }

  /** The titles on screen, top to bottom, as a person reads them. */
  async titles(): Promise<string[]> {
    const rows = await this.rows().all()
    return Promise.all(rows.map((row) => row.getByRole('gridcell').first().innerText()))
  }

  async expectTitles(titles: string[]): Promise<void> {
    await expect.poll(() => this.titles()).toEqual(titles)
  }

  header(name: string): Locator {
    return this.grid.getByRole('columnheader', { name })
  }

  async sortBy(name: string): Promise<void> {
    await this.header(name).getByRole('button').click()
  }

  filter(label: 'Tag' | 'Collection' | 'Kind'): Locator {
    return this.filters.getByRole('combobox', { name: label, exact: true })
  }

  dateFrom(): Locator {
    return this.filters.getByRole('textbox', { name: 'Published from' })
  }

  dateTo(): Locator {
    return this.filters.getByRole('textbox', { name: 'Published to' })
  }

  matchCount(): Locator {
    return this.filters.getByRole('status')
  }

  clearFilters(): Locator {
    return this.page.getByRole('button', { name: 'Clear filters' }).first()
  }

  bulk(action: 'Add tag…' | 'Remove tag…' | 'Add to collection…' | 'Delete'): Locator {
    return this.bulkBar.getByRole('button', { name: action, exact: true })
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name })
  }

  alertDialog(name: string | RegExp): Locator {
    return this.page.getByRole('alertdialog', { name })
  }

  /** Imports files by the Import button and waits until each title is in the table. */
  async importSources(paths: string[], titles: string[]): Promise<void> {
    await this.app.importByButton(...paths)
    for (const title of titles) await expect(this.row(title)).toBeVisible()
  }

  /** Selects rows as a person does: a click, then Ctrl+click on each of the rest. */
  async select(...titles: string[]): Promise<void> {
    const [first, ...rest] = titles
    await this.row(first!).click()
    for (const title of rest) await this.row(title).click({ modifiers: ['ControlOrMeta'] })
  }

  async bulkAddTag(tag: string): Promise<void> {
    await this.bulk('Add tag…').click()
    const dialog = this.dialog(/^Add a tag to/)
    await dialog.getByRole('combobox', { name: 'Tag' }).fill(tag)
    await dialog.getByRole('button', { name: 'Add tag' }).click()
    await expect(dialog).toBeHidden()
  }

  async bulkAddToCollection(name: string): Promise<void> {
    await this.bulk('Add to collection…').click()
    const dialog = this.dialog(/to a collection$/)
    await dialog.getByRole('combobox', { name: 'Collection' }).fill(name)
    await dialog.getByRole('button', { name: /add/i }).last().click()
    await expect(dialog).toBeHidden()
  }
}
