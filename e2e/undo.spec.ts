// One undo for the whole app: Ctrl/Cmd+Z undoes the newest thing done, only
// that, whichever view did it; a toast's Undo takes its own entry off the
// stack; rejecting a suggested mention, unlinking an actor from a passage and
// a passage's new colour or comment can be undone too.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/weft-app'
import { ActorsPage } from './pages/actors-page'
import { LibraryTable } from './pages/library-table'
import { writeFile } from './support/sample-files'

const SOUTH = `Joint work in the south

CENTCOM said its forces and the Syrian Interior Ministry destroyed more than 15 weapons depots in southern Syria.

Analysts said the raids were coordinated with the General Intelligence Directorate.
`

const STATEMENT = `Interior Ministry statement

The ministry announced 61 raids and 71 arrests, and thanked CENTCOM for its help.
`

async function importBoth(table: LibraryTable, workDir: string): Promise<void> {
  await table.app.importByButton(
    writeFile(workDir, 'south.txt', SOUTH),
    writeFile(workDir, 'statement.txt', STATEMENT),
  )
  await expect(table.rows()).toHaveCount(2)
}

/** Both sources imported and US Central Command made (with `aliases`), then back in the Library. */
async function importWithActor(table: LibraryTable, workDir: string, aliases: string[]): Promise<ActorsPage> {
  const actors = new ActorsPage(table.page)
  await importBoth(table, workDir)
  await actors.open()
  await actors.create('US Central Command', 'organisation', aliases)
  await table.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click()
  return actors
}

async function deleteSource(table: LibraryTable, title: string): Promise<void> {
  await table.row(title).click()
  await table.page.keyboard.press('Delete')
  await table.alertDialog('Delete this source?').getByRole('button', { name: 'Delete' }).click()
  await expect(table.row(title)).toHaveCount(0)
}

/** Opens a source, finds words with Ctrl+F and highlights them with the toolbar's shortcut, as a keyboard user does. */
async function highlight(table: LibraryTable, title: string, words: string): Promise<void> {
  const { page } = table
  await table.row(title).click()
  const reader = table.app.reader()
  await expect(reader.getByRole('heading', { name: title })).toBeVisible()
  await openPanel(table)
  await reader.getByRole('tabpanel', { name: 'Text' }).focus()
  await page.keyboard.press('ControlOrMeta+F')
  await page.keyboard.type(words)
  await page.keyboard.press('Escape')
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(words)
  await page.keyboard.press('ControlOrMeta+Shift+H')
  await expect(passages(page).filter({ hasText: words })).toHaveCount(1)
}

/** The reader's passages as its side panel lists them. */
function passages(page: Page) {
  return page
    .getByRole('complementary', { name: 'Passages and suggestions' })
    .getByRole('list', { name: 'Passages' })
    .getByRole('listitem')
}

async function openPanel(table: LibraryTable): Promise<void> {
  const toggle = table.app.reader().getByRole('button', { name: /^Passages/ })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}

test('Ctrl+Z undoes only the newest thing done: the passage, then the deleted source', async ({ weft }) => {
  const { page } = weft
  const table = new LibraryTable(page)
  await importBoth(table, weft.workDir)

  await deleteSource(table, 'Interior Ministry statement')
  await expect(table.app.status('Deleted 1 source')).toBeVisible()
  await highlight(table, 'Joint work in the south', 'weapons depots')
  await expect(passages(page)).toHaveCount(1)

  await page.keyboard.press('ControlOrMeta+z')
  await expect(table.app.status('Undone: highlighting “weapons depots”')).toBeVisible()
  await expect(passages(page)).toHaveCount(0)
  // The source deleted before stays deleted: one press, one undo.
  await expect(table.rows()).toHaveCount(1)
  await expect(table.row('Interior Ministry statement')).toHaveCount(0)
  await expect(table.app.status('Deleted 1 source')).toBeVisible()

  await page.keyboard.press('ControlOrMeta+z')
  await expect(table.row('Interior Ministry statement')).toBeVisible()
  await expect(table.app.status('Undone: deleting 1 source')).toBeVisible()
  // Its toast's Undo went with it: nothing is left to undo twice.
  await expect(table.app.status('Deleted 1 source')).toBeHidden()
  await expect(table.rows()).toHaveCount(2)
  await expect(passages(page)).toHaveCount(0)
})

test('a toast’s Undo takes its own entry: Ctrl+Z afterwards undoes the one before it', async ({ weft }) => {
  const { page } = weft
  const table = new LibraryTable(page)
  await importBoth(table, weft.workDir)

  await highlight(table, 'Joint work in the south', 'General Intelligence Directorate')
  await deleteSource(table, 'Interior Ministry statement')
  await table.app.status('Deleted 1 source').getByRole('button', { name: 'Undo' }).click()
  await expect(table.app.status('Undone: deleting 1 source')).toBeVisible()
  await expect(table.rows()).toHaveCount(2)

  // The source is back; the next Ctrl+Z is the passage's, not the source's again.
  await table.row('Joint work in the south').click()
  await openPanel(table)
  await expect(passages(page)).toHaveCount(1)
  await table.grid.focus()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(table.app.status('Undone: highlighting “General Intelligence Directorate”')).toBeVisible()
  await expect(passages(page)).toHaveCount(0)
  await expect(table.rows()).toHaveCount(2)
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('rejecting a suggested mention is undone by Ctrl+Z, in the reader and in the actor’s review queue', async ({
  weft,
}) => {
  const { page } = weft
  const table = new LibraryTable(page)
  const actors = await importWithActor(table, weft.workDir, ['CENTCOM'])

  // In the reader's panel.
  await table.row('Joint work in the south').click()
  await openPanel(table)
  const panel = page.getByRole('complementary', { name: 'Passages and suggestions' })
  await panel.getByRole('tab', { name: /Suggestions/ }).click()
  const suggested = panel.getByRole('list', { name: 'Suggestions' }).getByRole('listitem')
  await expect(suggested).toHaveCount(1, { timeout: 20_000 })
  await panel.getByRole('button', { name: 'Reject “CENTCOM” as US Central Command' }).click()
  await expect(suggested).toHaveCount(0)
  await page.keyboard.press('ControlOrMeta+z')
  await expect(table.app.status('Undone: rejecting “CENTCOM”')).toBeVisible()
  await expect(suggested).toHaveCount(1)
  await expect(suggested).toContainText('US Central Command')

  // In the actor's review queue: two sources name it; reject one, undo, both are offered again.
  await actors.open()
  const queue = actors
    .actorPage('US Central Command')
    .getByRole('region', { name: /Suggested mentions/ })
    .getByRole('listitem')
  await expect(queue).toHaveCount(2)
  await queue.first().getByRole('button', { name: 'Reject “CENTCOM”' }).click()
  await expect(queue).toHaveCount(1)
  await actors.list.focus()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(queue).toHaveCount(2)
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('unlinking an actor, a new colour and a new comment on a passage are each undone by Ctrl+Z', async ({
  weft,
}) => {
  const { page } = weft
  const table = new LibraryTable(page)
  await importWithActor(table, weft.workDir, [])

  await highlight(table, 'Joint work in the south', 'weapons depots')
  const item = passages(page).filter({ hasText: 'weapons depots' })
  // Highlighting selected it in the panel, with its tools open.
  await expect(item.getByRole('button', { name: 'weapons depots', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await item.getByRole('button', { name: 'Link actor' }).click()
  await item.getByRole('combobox', { name: 'Link to actor' }).fill('US Central')
  await item.getByRole('option', { name: /^US Central Command/ }).click()
  const chips = item.getByRole('list', { name: 'Actors' })
  await expect(chips).toContainText('US Central Command')

  // Unlinked by its chip's ×: a toast says so, and Ctrl+Z links it again.
  await item.getByRole('button', { name: 'Unlink US Central Command' }).click()
  await expect(table.app.status('Unlinked US Central Command from “weapons depots”')).toBeVisible()
  await expect(chips).toHaveCount(0)
  await page.keyboard.press('ControlOrMeta+z')
  await expect(table.app.status('Undone: unlinking US Central Command from “weapons depots”')).toBeVisible()
  await expect(chips).toContainText('US Central Command')

  // A colour picked, then undone: the automatic colour is chosen again.
  const colours = item.getByRole('radiogroup', { name: 'Colour' })
  await colours.getByTitle('Green').click()
  await expect(colours.getByRole('radio', { name: 'Green' })).toBeChecked()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(table.app.status('Undone: changing the colour of “weapons depots”')).toBeVisible()
  await expect(colours.getByRole('radio', { name: /^Automatic/ })).toBeChecked()

  // A comment written, then undone: the passage has no comment again.
  await item.getByRole('button', { name: 'Comment', exact: true }).click()
  await item.getByRole('textbox', { name: 'Comment' }).fill('Depots hit in the same week as the raids.')
  await item.getByRole('button', { name: 'Save comment' }).click()
  await expect(item.getByText('Depots hit in the same week as the raids.')).toBeVisible()
  await table.grid.focus()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(table.app.status('Undone: changing the comment on “weapons depots”')).toBeVisible()
  await expect(item.getByText('Depots hit in the same week as the raids.')).toHaveCount(0)
  await expect(page.getByRole('alert')).toHaveCount(0)
})
