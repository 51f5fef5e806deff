// A researcher builds the list of actors: creates them with aliases, reviews
// the places their names occur, merges duplicates (and undoes), splits aliases.
import { expect, test } from './fixtures/weft-app'
import { ActorsPage } from './pages/actors-page'
import { WeftWindow } from './pages/weft-window'
import { writeFile } from './support/sample-files'

const RAIDS = `Interior Ministry reports raids against IS cells

The Syrian Interior Ministry said its General Security Directorate carried out 61 raids against Islamic State cells.

Officials said intelligence sharing with the coalition helped. This is what the ministry said.
`

test.beforeEach(async ({ weft }) => {
  await new WeftWindow(weft.page).importByButton(writeFile(weft.workDir, 'raids.txt', RAIDS))
  await expect(new WeftWindow(weft.page).status('Imported 1 source')).toBeVisible()
})

test('create an actor with aliases, review its mentions, accept one and open it in the reader', async ({
  weft,
}) => {
  const actors = new ActorsPage(weft.page)
  await actors.open()
  await expect(weft.page.getByRole('heading', { name: 'No actors yet' })).toBeVisible()
  await actors.create('Islamic State', 'armed group', ['IS', 'Daesh'])

  const page = actors.actorPage('Islamic State')
  await expect(
    page.getByRole('region', { name: 'Aliases' }).getByRole('listitem').filter({ hasText: 'IS' }),
  ).toContainText('acronym')
  const queue = page.getByRole('region', { name: /Suggested mentions/ })
  // "IS" in the title and "Islamic State" in the text; never "is" or "This".
  await expect(queue.getByRole('button', { name: 'Accept “IS”' })).toBeVisible()
  await expect(queue.getByRole('button', { name: 'Accept “Islamic State”' })).toBeVisible()
  await expect(queue.getByRole('listitem')).toHaveCount(2)
  await expect(queue).toContainText('matched alias “IS”: exact spelling')

  await queue.getByRole('button', { name: 'Accept “Islamic State”' }).click()
  const passages = page.getByRole('region', { name: /^Passages/ })
  await expect(passages.getByRole('blockquote').or(passages.locator('blockquote'))).toContainText(
    'Islamic State',
  )
  await expect(actors.actor(/Islamic State/)).toContainText('1 passage · 1 source')
  await expect(queue.getByRole('listitem')).toHaveCount(1)

  await passages.getByRole('button', { name: /Open in reader/ }).click()
  await expect(weft.page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible()
  await expect(
    weft.page.getByRole('article', { name: /^Reader: Interior Ministry reports raids/ }),
  ).toBeVisible()
})

test('a rejected suggestion stays rejected after reloading', async ({ weft }) => {
  const actors = new ActorsPage(weft.page)
  await actors.open()
  await actors.create('Syrian Interior Ministry', 'government body', ['Interior Ministry'])
  const queue = actors
    .actorPage('Syrian Interior Ministry')
    .getByRole('region', { name: /Suggested mentions/ })
  await expect(queue.getByRole('listitem')).toHaveCount(2)
  await queue.getByRole('button', { name: 'Reject “Interior Ministry”' }).click()
  await expect(queue.getByRole('listitem')).toHaveCount(1)

  await weft.page.reload()
  await actors.open()
  await actors.actor(/Syrian Interior Ministry/).click()
  await expect(
    actors
      .actorPage('Syrian Interior Ministry')
      .getByRole('region', { name: /Suggested mentions/ })
      .getByRole('listitem'),
  ).toHaveCount(1)
})

test('merge two actors, undo with the button, merge again and undo with Ctrl+Z', async ({ weft }) => {
  const actors = new ActorsPage(weft.page)
  await actors.open()
  await actors.create('Islamic State', 'armed group', ['IS'])
  await actors.create('Daesh', 'armed group')
  await actors.actor(/^Islamic State/).click()

  const merge = async () => {
    await actors.actorPage('Islamic State').getByRole('button', { name: 'Merge another actor in…' }).click()
    const dialog = weft.page.getByRole('dialog', { name: 'Merge into Islamic State' })
    await dialog.getByLabel('Find the actor to merge in').fill('Dae')
    await dialog.getByRole('radio', { name: /Daesh/ }).check()
    await dialog.getByRole('button', { name: 'Merge Daesh' }).click()
    await expect(actors.actor(/^Daesh/)).toBeHidden()
    await expect(actors.actorPage('Islamic State').getByRole('region', { name: 'Aliases' })).toContainText(
      'Daesh',
    )
  }

  await merge()
  await weft.page
    .getByRole('status')
    .filter({ hasText: 'Merged Daesh into Islamic State' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(actors.actor(/^Daesh/)).toBeVisible()
  await expect(actors.actorPage('Islamic State').getByRole('region', { name: 'Aliases' })).not.toContainText(
    'Daesh',
  )

  await merge()
  await actors.list.focus()
  await weft.page.keyboard.press('Control+z')
  await expect(actors.actor(/^Daesh/)).toBeVisible()
})

test('split an alias off into its own actor, and filter the list by type', async ({ weft }) => {
  const actors = new ActorsPage(weft.page)
  await actors.open()
  await actors.create('Syrian Interior Ministry', 'government body', ['General Security Directorate'])
  await actors
    .actorPage('Syrian Interior Ministry')
    .getByRole('button', { name: 'Split off General Security Directorate as its own actor' })
    .click()
  await expect(actors.actorPage('General Security Directorate')).toBeVisible()
  await expect(actors.list.getByRole('option')).toHaveCount(2)

  await actors.create('Islamic State', 'armed group')
  await weft.page.getByLabel('Actor type').selectOption('armed group')
  await expect(actors.list.getByRole('option')).toHaveCount(1)
  await weft.page.getByLabel('Filter actors').fill('security')
  await expect(weft.page.getByText('No actor matches these filters.')).toBeVisible()
})
