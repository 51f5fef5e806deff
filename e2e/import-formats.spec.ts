// A researcher imports what they saved: a news page by the Import button, a
// hostile page (which must stay inert), a PDF report and a Word briefing by
// dragging them onto the window; damaged and malicious files are refused.
import { join } from 'node:path'
import { expect, test } from './fixtures/weft-app'
import { WeftWindow } from './pages/weft-window'

const FIXTURES = join(__dirname, '..', 'fixtures', 'sources')
/** The first import starts the parser threads and loads jsdom, pdf.js or mammoth: slow on a busy machine. */
const FIRST_IMPORT = { timeout: 45_000 }

test('a saved news page imports as its article, without the site around it, with its metadata', async ({
  weft,
}) => {
  const app = new WeftWindow(weft.page)
  await app.importByButton(join(FIXTURES, 'news-centcom-depots.html'))

  await expect(app.status('Imported 1 source')).toBeVisible(FIRST_IMPORT)
  const title = 'US and Syrian forces destroy Islamic State arms depots in southern Syria'
  await expect(app.source(title)).toBeVisible()
  const reader = app.reader()
  await expect(reader.getByRole('heading', { name: title })).toBeVisible()
  // The date is written in the browser's locale: "28 November 2025" or "November 28, 2025".
  await expect(reader).toContainText(
    /Rana Haddad, Tom Whitcombe · The Levant Ledger · (28 November 2025|November 28, 2025)/,
  )
  await expect(reader).toContainText(
    'destroyed more than 15 weapons depots belonging to the Islamic State group',
  )
  await expect(reader.getByRole('heading', { name: 'An unusual partnership' })).toBeVisible()
  await expect(reader.locator('blockquote')).toContainText('These depots were meant to arm the next wave')
  for (const clutter of [
    'Read more',
    'We use cookies',
    'Sign up to Ledger Middle East',
    'Download on the App Store',
    'Most read',
    'Gunman attacks joint US-Syrian patrol',
    'Photograph: Syrian Interior Ministry',
    'Share on Facebook',
    'All rights reserved',
  ]) {
    await expect(reader).not.toContainText(clutter)
  }
})

test('a hostile page imports as readable text: nothing runs and nothing is fetched', async ({ weft }) => {
  const { page } = weft
  const app = new WeftWindow(page)
  const outside: string[] = []
  page.context().on('request', (request) => {
    const url = new URL(request.url())
    if (
      !['127.0.0.1', 'localhost'].includes(url.hostname) &&
      !['data:', 'blob:', 'app:'].includes(url.protocol)
    ) {
      outside.push(request.url())
    }
  })
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  // Anything the page managed to try, even if the CSP stopped it, would show up here.
  await page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { weftViolations: string[] }).weftViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.blockedURI))
  })
  const before = page.url()

  await app.importByButton(join(FIXTURES, 'hostile-page.html'))

  const reader = app.reader()
  await expect(
    reader.getByRole('heading', { name: 'Gunman attacks joint US-Syrian patrol near Palmyra' }),
  ).toBeVisible(FIRST_IMPORT)
  await expect(reader).toContainText(
    'opened fire on a joint patrol of US and Syrian forces near the desert city of Palmyra',
  )
  await expect(reader).toContainText('Click here for the full statement')
  await expect(reader.getByRole('link')).toHaveCount(0)
  await expect(
    reader.locator('img, iframe, svg image, object, embed, video, audio, form, script'),
  ).toHaveCount(0)

  // The original is shown as its source text, never rendered.
  await reader.getByRole('tab', { name: 'Original' }).click()
  await expect(reader.getByText('window.__weftPwned', { exact: false }).first()).toBeVisible()
  await expect(reader.locator('iframe, img, object, embed')).toHaveCount(0)
  await reader.getByRole('tab', { name: 'Text' }).click()
  await expect(reader).toContainText('Analysts said the attack showed that IS cells')

  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __weftPwned?: unknown }).__weftPwned,
    violations: (window as unknown as { weftViolations: string[] }).weftViolations,
  }))
  expect(state).toEqual({ pwned: undefined, violations: [] })
  expect(dialogs).toEqual([])
  expect(outside).toEqual([])
  expect(page.url()).toBe(before) // no meta refresh, no navigation
})

test('a PDF and a Word document dropped on the window can be read, the PDF with its pages', async ({
  weft,
}) => {
  const app = new WeftWindow(weft.page)
  await app.dropFiles(
    join(FIXTURES, 'pdf', 'report-joint-operations.pdf'),
    join(FIXTURES, 'docx', 'briefing-note.docx'),
  )
  await expect(app.status('Imported 2 sources')).toBeVisible(FIRST_IMPORT)

  await app.source('Joint operations against the Islamic State in southern Syria').click()
  const reader = app.reader()
  await expect(
    reader.getByRole('heading', { name: 'Joint operations against the Islamic State in southern Syria' }),
  ).toBeVisible()
  await expect(reader).toContainText('Research Desk, Layla Mansour')
  await expect(reader.getByRole('heading', { name: 'Regional frame' })).toBeVisible()
  await expect(reader.getByRole('separator', { name: 'Page 3' })).toBeVisible()
  await expect(reader).toContainText('their work was coordinated through a liaison office in Damascus')
  await expect(reader).not.toContainText('Page 2 of 4')
  await expect(reader).not.toContainText('Weft Research Notes')

  await app.source('Briefing: the coalition partnership after Palmyra').click()
  const briefing = app.reader()
  await expect(briefing.getByRole('heading', { name: 'What happened' })).toBeVisible()
  await expect(briefing).toContainText('Layla Mansour')
  await expect(briefing.getByRole('listitem')).toHaveCount(5)
  await expect(briefing.getByRole('listitem').first()).toHaveText(
    'US Central Command (CENTCOM) and its commander',
  )
  await expect(briefing.locator('blockquote')).toContainText('Joint patrols will continue')
})

test('a zip bomb and a damaged PDF are refused with a clear message and the library is unchanged', async ({
  weft,
}) => {
  const app = new WeftWindow(weft.page)
  await app.importByButton(join(FIXTURES, 'news-coalition-90th-partner.html'))
  await expect(app.sourceRows()).toHaveCount(1, FIRST_IMPORT)

  await app.dropFiles(join(FIXTURES, 'docx', 'zip-bomb.docx'), join(FIXTURES, 'pdf', 'corrupt.pdf'))

  const summary = app.alert('Imported 0 sources · 2 failed')
  await expect(summary).toBeVisible(FIRST_IMPORT)
  await expect(summary).toContainText('zip-bomb.docx looks like a "zip bomb"')
  await expect(summary).toContainText('Weft refused it without unpacking it')
  await expect(summary).toContainText('corrupt.pdf is damaged: it is not a PDF Weft can read')
  await expect(app.sourceRows()).toHaveCount(1)
  await expect(app.source('Syria becomes 90th partner of anti-IS coalition')).toBeVisible()
  await expect(app.statusBar).toContainText('1 source')
})
