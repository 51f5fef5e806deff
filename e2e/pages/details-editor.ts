// Page object for the Edit details dialog of the source open in the reader.
import { expect, type Locator, type Page } from '@playwright/test'

export interface Details {
  title?: string
  authors?: string[]
  publisher?: string
  publishedDate?: string
  url?: string
  language?: string
  kind?: 'Article' | 'Report' | 'Statement' | 'Interview' | 'Other'
  addTags?: string[]
  collections?: string[]
}

export class DetailsEditor {
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Edit details' })
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Edit details' }).click()
    await expect(this.dialog).toBeVisible()
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true })
  }

  tagInput(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Add a tag' })
  }

  /** Fills what is given, as a person would: typing, picking, ticking. Does not save. */
  async fill(details: Details): Promise<void> {
    if (details.title !== undefined) await this.field('Title').fill(details.title)
    if (details.authors) {
      for (const [index, author] of details.authors.entries()) {
        const input = this.field(`Author ${index + 1}`)
        if ((await input.count()) === 0)
          await this.dialog.getByRole('button', { name: '+ Add author' }).click()
        await input.fill(author)
      }
    }
    if (details.publisher !== undefined) await this.field('Publisher').fill(details.publisher)
    if (details.publishedDate !== undefined) await this.field('Published').fill(details.publishedDate)
    if (details.url !== undefined) await this.field('URL').fill(details.url)
    if (details.language !== undefined) await this.field('Language').fill(details.language)
    if (details.kind) await this.field('Kind').selectOption({ label: details.kind })
    for (const tag of details.addTags ?? []) {
      await this.tagInput().fill(tag)
      await this.tagInput().press('Enter')
      await expect(this.dialog.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible()
    }
    for (const name of details.collections ?? []) await this.dialog.getByRole('checkbox', { name }).check()
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save' }).click()
    await expect(this.dialog).toBeHidden()
  }

  /** Opens the editor for the source open in the reader, fills it and saves. */
  async edit(details: Details): Promise<void> {
    await this.open()
    await this.fill(details)
    await this.save()
  }
}
