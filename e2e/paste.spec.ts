// A researcher pastes an article copied from a browser: the clipboard's text
// or HTML becomes a new source and opens in the reader.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/weft-app'
import { WeftWindow } from './pages/weft-window'
import { writeFile } from './support/sample-files'

const HTML_READER_LOAD_MS = 45_000

const ARTICLE_TEXT = `Interior Ministry raids in the Badia

The Interior Ministry's counterterrorism forces ran 61 raids and made 71 arrests, coordinated with the General Intelligence Directorate.`

const ARTICLE_HTML = `<article><h1>Interior Ministry raids in the Badia</h1><p>The Interior Ministry's counterterrorism forces ran 61 raids and made 71 arrests, coordinated with the General Intelligence Directorate.</p></article>`

/** Pastes as a person does with Ctrl+V: a paste event at whatever has focus, carrying the clipboard. */
async function pasteEvent(page: Page, content: { text?: string; html?: string }): Promise<void> {
  await page.evaluate(({ text, html }) => {
    const clipboardData = new DataTransfer()
    if (html !== undefined) clipboardData.setData('text/html', html)
    if (text !== undefined) clipboardData.setData('text/plain', text)
    const target = document.activeElement ?? document.body
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
  }, content)
}

test('paste plain text as a new source into an empty library', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  await expect(weft.page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible()
  await expect(weft.page.getByRole('button', { name: 'Paste as new source' })).toBeVisible()

  await pasteEvent(weft.page, { text: ARTICLE_TEXT })

  await expect(app.status('Imported 1 source')).toBeVisible()
  const reader = app.reader()
  await expect(reader.getByRole('heading', { name: 'Interior Ministry raids in the Badia' })).toBeVisible()
  await expect(reader).toContainText('ran 61 raids and made 71 arrests')
  await expect(app.statusBar).toContainText('1 source')
})

test('paste HTML copied from a web page as a new source', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  await pasteEvent(weft.page, { html: ARTICLE_HTML, text: ARTICLE_TEXT })

  // The first web page read loads the HTML reader (jsdom) in its worker: allow for that once.
  await expect(app.status('Imported 1 source')).toBeVisible({ timeout: HTML_READER_LOAD_MS })
  const reader = app.reader()
  await expect(reader.getByRole('heading', { name: 'Interior Ministry raids in the Badia' })).toBeVisible()
  await expect(reader).toContainText('coordinated with the General Intelligence Directorate.')
  await expect(reader).not.toContainText('<p>')
})

test('pasting the same text again opens the source already there', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  await pasteEvent(weft.page, { text: ARTICLE_TEXT })
  await expect(app.status('Imported 1 source')).toBeVisible()

  await pasteEvent(weft.page, { text: ARTICLE_TEXT })
  await expect(app.status('Imported 0 sources · 1 duplicate skipped')).toBeVisible()
  await expect(
    app.reader().getByRole('heading', { name: 'Interior Ministry raids in the Badia' }),
  ).toBeVisible()
  await expect(app.statusBar).toContainText('1 source')
})

test('a paste into a text field stays in the field', async ({ weft }) => {
  const { page } = weft
  const app = new WeftWindow(page)
  await app.importByButton(writeFile(weft.workDir, 'notes.txt', 'Field notes\n\nA first source.'))
  await expect(app.reader().getByRole('heading', { name: 'Field notes' })).toBeVisible()

  await page.keyboard.press('Control+F')
  const findField = app.reader().getByRole('textbox', { name: 'Find in text' })
  await expect(findField).toBeFocused()
  await pasteEvent(page, { text: 'Ignored by the library, meant for the field' })

  // A paste outside any field afterwards makes the only new source: the first paste made none.
  await page.keyboard.press('Escape')
  await app.reader().getByRole('tabpanel').focus()
  await pasteEvent(page, { text: ARTICLE_TEXT })
  await expect(
    app.reader().getByRole('heading', { name: 'Interior Ministry raids in the Badia' }),
  ).toBeVisible()
  // The list that holds the second paste was read after the first paste was handled, so it is final here.
  const titles = await page.getByRole('row').or(page.getByRole('option')).allInnerTexts()
  expect(titles.some((title) => title.includes('Interior Ministry raids'))).toBe(true)
  expect(titles.some((title) => title.includes('Ignored by the library'))).toBe(false)
  await expect(app.statusBar).toContainText('2 sources')
})

test('Ctrl+Shift+V and the Paste button read the clipboard where it is allowed', async ({ weft }) => {
  test.skip(weft.shell !== 'web-shell', 'the desktop app refuses clipboard permissions by design')
  const { page } = weft
  const app = new WeftWindow(page)
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: weft.origin })
  await page.evaluate(
    ({ html, text }) =>
      navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]),
    { html: ARTICLE_HTML, text: ARTICLE_TEXT },
  )

  await page.keyboard.press('Control+Shift+V')
  await expect(app.status('Imported 1 source')).toBeVisible({ timeout: HTML_READER_LOAD_MS })
  await expect(
    app.reader().getByRole('heading', { name: 'Interior Ministry raids in the Badia' }),
  ).toBeVisible()

  const second = 'Coalition statement\n\nThe coalition welcomed Syria as its 90th partner.'
  await page.evaluate((text) => navigator.clipboard.writeText(text), second)
  await page.getByRole('button', { name: 'Paste as new source' }).click()
  await expect(app.reader().getByRole('heading', { name: 'Coalition statement' })).toBeVisible()
  await expect(app.statusBar).toContainText('2 sources')
})

test('without clipboard access the Paste button says how to paste', async ({ weft }) => {
  // The web shell's browser grants nothing unasked; the desktop app refuses every permission.
  const { page } = weft
  await page.getByRole('button', { name: 'Paste as new source' }).click()
  await expect(new WeftWindow(page).status('Press Ctrl+V to paste as a new source')).toBeVisible()
})
