// A researcher opens Weft for the first time: an empty library that invites importing.
import { expect, test } from './fixtures/weft-app'
import { WeftWindow } from './pages/weft-window'

test('first run shows the frame and an empty library that invites importing', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  for (const name of ['Library', 'Actors', 'Notes', 'Network']) {
    await expect(app.rail.getByRole('button', { name })).toBeVisible()
  }
  await expect(app.rail.getByRole('button', { name: 'Library' })).toHaveAttribute('aria-current', 'page')
  await expect(weft.page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible()
  await expect(weft.page.getByRole('button', { name: 'Import files…' })).toBeVisible()
  await expect(app.statusBar).toContainText('Library: Test Library.weft')
  await expect(app.statusBar).toContainText('0 sources')
})

test('the rail switches views by mouse and by keyboard', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  await app.rail.getByRole('button', { name: 'Actors' }).click()
  await expect(weft.page.getByRole('heading', { name: 'Actors', level: 1 })).toBeVisible()
  await expect(app.rail.getByRole('button', { name: 'Actors' })).toHaveAttribute('aria-current', 'page')

  await weft.page.keyboard.press('Control+3')
  await expect(weft.page.getByRole('heading', { name: 'Notes', level: 1 })).toBeVisible()

  await app.rail.getByRole('button', { name: 'Network' }).focus()
  await weft.page.keyboard.press('Enter')
  await expect(weft.page.getByRole('heading', { name: 'Network', level: 1 })).toBeVisible()

  await weft.page.keyboard.press('Control+1')
  await expect(weft.page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible()
})

test('dark mode follows the operating system', async ({ weft }) => {
  await weft.page.emulateMedia({ colorScheme: 'dark' })
  const dark = await weft.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  await weft.page.emulateMedia({ colorScheme: 'light' })
  const light = await weft.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(dark).toBe('rgb(22, 24, 29)')
  expect(light).toBe('rgb(247, 247, 245)')
})
