// Page object for the Actors view: the list, the actor's page and its dialogs.
import { expect, type Locator, type Page } from '@playwright/test'

export class ActorsPage {
  readonly list: Locator

  constructor(readonly page: Page) {
    this.list = page.getByRole('listbox', { name: 'Actors' })
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Actors' }).click()
    await expect(this.page.getByRole('heading', { name: 'Actors', level: 1 })).toBeVisible()
  }

  actor(name: string | RegExp): Locator {
    return this.list.getByRole('option', { name })
  }

  actorPage(name: string): Locator {
    return this.page.getByRole('article', { name: `Actor: ${name}` })
  }

  async create(name: string, type: string, aliases: string[] = []): Promise<void> {
    await this.page.getByRole('button', { name: 'New actor…' }).first().click()
    const dialog = this.page.getByRole('dialog', { name: 'New actor' })
    await dialog.getByLabel('Name').fill(name)
    await dialog.getByLabel('Type').selectOption(type)
    if (aliases.length > 0) await dialog.getByLabel('Aliases').fill(aliases.join('\n'))
    await dialog.getByRole('button', { name: 'Create actor' }).click()
    await expect(dialog).toBeHidden()
    await expect(this.actorPage(name)).toBeVisible()
  }
}
