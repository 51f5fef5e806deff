// A researcher reads a source: its structure and directions, find in page,
// a place marked mid-paragraph, the original file's pages, and exporting it.
import { readFileSync } from 'node:fs'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures/weft-app'
import { WeftWindow } from './pages/weft-window'
import { writeFile } from './support/sample-files'

const BRIEFING = `# Coalition briefing on southern Syria

The Interior Ministry said its reconnaissance unit shares information with coalition operations rooms.

> "Coordination runs through the interior ministry, not the army," a spokesperson said.

## Who took part

- US Central Command (CENTCOM)
- The Syrian INTERIOR MINISTRY's counterterrorism forces

أعلنت وزارة الداخلية السورية عن عمليات مشتركة ضد خلايا تنظيم الدولة الإسلامية في البادية.

CENTCOM وصفت العملية بأنها ناجحة according to the statement.

وقال المتحدث إن التنسيق مع CENTCOM مستمر منذ شهر تشرين الثاني.

\`\`\`
raids: 61, arrests: 71
\`\`\`
`

/** The source's entry in the library: a row of the table, or an option of the list. */
function sourceEntry(page: Page, title: string): Locator {
  return page.getByRole('row', { name: title }).or(page.getByRole('option', { name: title }))
}

/** The text of the ranges a named CSS highlight marks: what the reader shows as marked. */
function markedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlight) => {
    const marks = CSS.highlights.get(highlight)
    return marks ? [...marks].map((range) => range.toString()) : []
  }, name)
}

/** Whether the current find match lies inside the visible part of the reader's text. */
function currentMatchInView(panel: Locator): Promise<boolean> {
  return panel.evaluate((scroller) => {
    const current = CSS.highlights.get('weft-find-current')
    const range = current && ([...current][0] as Range | undefined)
    if (!range) return false
    const box = scroller.getBoundingClientRect()
    const rect = range.getBoundingClientRect()
    return rect.top >= box.top && rect.bottom <= box.bottom
  })
}

test('read a source: headings, quotes, lists, code, and each paragraph in its own direction', async ({
  weft,
}) => {
  const app = new WeftWindow(weft.page)
  await app.importByButton(writeFile(weft.workDir, 'briefing.md', BRIEFING))
  await expect(app.status('Imported 1 source')).toBeVisible()

  const reader = app.reader()
  await expect(reader.getByRole('heading', { name: 'Coalition briefing on southern Syria' })).toBeVisible()
  await expect(reader.getByRole('heading', { name: 'Who took part' })).toBeVisible()
  await expect(reader.locator('blockquote')).toContainText('Coordination runs through the interior ministry')
  await expect(reader.getByRole('listitem')).toHaveCount(2)
  await expect(reader.locator('pre')).toHaveText('raids: 61, arrests: 71')

  const direction = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).direction)
  const arabic = reader.getByText('أعلنت وزارة الداخلية السورية')
  await expect(arabic).toBeVisible()
  expect(await direction(arabic)).toBe('rtl')
  // Mixed paragraphs take the direction of their first strong character.
  expect(await direction(reader.getByText('CENTCOM وصفت العملية'))).toBe('ltr')
  expect(await direction(reader.getByText('وقال المتحدث إن التنسيق مع CENTCOM'))).toBe('rtl')
  expect(await direction(reader.getByText('The Interior Ministry said its reconnaissance unit'))).toBe('ltr')
})

test('find in page: count, next and previous, every match marked, Escape closes', async ({ weft }) => {
  const { page } = weft
  const app = new WeftWindow(page)
  await app.importByButton(writeFile(weft.workDir, 'briefing.md', BRIEFING))
  const reader = app.reader()
  await expect(reader.getByRole('heading', { name: 'Coalition briefing on southern Syria' })).toBeVisible()

  const findButton = reader.getByRole('button', { name: 'Find', exact: true })
  await findButton.focus()
  await page.keyboard.press('Control+F')
  const findField = reader.getByRole('textbox', { name: 'Find in text' })
  await expect(findField).toBeFocused()

  // Case-insensitive; the possessive and the upper-case one count too.
  await findField.fill('interior ministry')
  const count = reader.getByRole('search', { name: 'Find in text' }).getByRole('status')
  await expect(count).toHaveText('1 of 3')
  expect(await markedTexts(page, 'weft-find')).toEqual([
    'Interior Ministry',
    'interior ministry',
    'INTERIOR MINISTRY',
  ])
  expect(await markedTexts(page, 'weft-find-current')).toEqual(['Interior Ministry'])

  await page.keyboard.press('Enter')
  await expect(count).toHaveText('2 of 3')
  expect(await markedTexts(page, 'weft-find-current')).toEqual(['interior ministry'])
  await page.keyboard.press('Enter')
  await expect(count).toHaveText('3 of 3')
  await page.keyboard.press('Enter')
  await expect(count).toHaveText('1 of 3')
  await page.keyboard.press('Shift+Enter')
  await expect(count).toHaveText('3 of 3')
  await reader.getByRole('button', { name: 'Previous match' }).click()
  await expect(count).toHaveText('2 of 3')
  await reader.getByRole('button', { name: 'Next match' }).click()
  await expect(count).toHaveText('3 of 3')
  expect(await markedTexts(page, 'weft-find-current')).toEqual(['INTERIOR MINISTRY'])

  // Arabic without its hamza, and nothing found for a word that is not there.
  await findField.fill('اعلنت')
  await expect(count).toHaveText('1 of 1')
  expect(await markedTexts(page, 'weft-find-current')).toEqual(['أعلنت'])
  await findField.fill('Hurras al-Din')
  await expect(count).toHaveText('No matches')
  await expect(reader.getByRole('button', { name: 'Next match' })).toBeDisabled()

  await findField.fill('centcom')
  await expect(count).toHaveText('1 of 3')
  await page.keyboard.press('Escape')
  await expect(reader.getByRole('search', { name: 'Find in text' })).toBeHidden()
  await expect(findButton).toBeFocused()
  expect(await markedTexts(page, 'weft-find')).toEqual([])

  // The marks never get in the way of selecting text (passages are made that way).
  await reader.getByText('The Interior Ministry said its reconnaissance unit').dblclick()
  expect((await page.evaluate(() => window.getSelection()?.toString()))?.trim()).toMatch(/^\p{L}+$/u)
})

test('a match deep inside a long source is scrolled into view and marked mid-paragraph', async ({ weft }) => {
  const { page } = weft
  const app = new WeftWindow(page)
  const paragraphs = Array.from(
    { length: 400 },
    (_, index) =>
      `Paragraph ${index + 1}. The coalition and the Interior Ministry met again to review the joint work in the south.` +
      (index === 317
        ? ' Officials confirmed the Palmyra patrol schedule would change after the attack.'
        : ''),
  )
  await app.importByButton(
    writeFile(weft.workDir, 'long-report.txt', ['Long report', ...paragraphs].join('\n\n')),
  )
  const reader = app.reader()
  await expect(reader.getByRole('heading', { name: 'Long report' })).toBeVisible()

  await reader.getByRole('button', { name: 'Find', exact: true }).click()
  await reader.getByRole('textbox', { name: 'Find in text' }).fill('palmyra patrol')
  await expect(reader.getByRole('search', { name: 'Find in text' }).getByRole('status')).toHaveText('1 of 1')
  expect(await markedTexts(page, 'weft-find-current')).toEqual(['Palmyra patrol'])
  const panel = reader.getByRole('tabpanel')
  await expect.poll(() => currentMatchInView(panel)).toBe(true)
  expect(await panel.evaluate((scroller) => scroller.scrollTop)).toBeGreaterThan(5000)
})

test('a search hit opens the reader at the hit, marked mid-paragraph, and again on each request', async ({
  weft,
}) => {
  const { page } = weft
  const app = new WeftWindow(page)
  const paragraphs = Array.from(
    { length: 300 },
    (_, index) =>
      `Paragraph ${index + 1}. The coalition and the ministry reviewed the joint work in the south.` +
      (index === 240 ? ' Officials said Hurras al-Din cells had moved east of Palmyra.' : ''),
  )
  await app.importByButton(
    writeFile(weft.workDir, 'field-report.txt', ['Field report', ...paragraphs].join('\n\n')),
  )
  await expect(app.status('Imported 1 source')).toBeVisible()

  await page.getByRole('searchbox', { name: 'Search the library' }).fill('Hurras')
  const hit = page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: 'Field report' })
  await hit.click()

  const reader = app.reader()
  await expect.poll(() => markedTexts(page, 'weft-target')).toEqual(['Hurras'])
  const panel = reader.getByRole('tabpanel')
  const inView = () =>
    panel.evaluate((scroller) => {
      const marked = CSS.highlights.get('weft-target')
      const range = marked && ([...marked][0] as Range | undefined)
      if (!range) return false
      const box = scroller.getBoundingClientRect()
      const rect = range.getBoundingClientRect()
      return rect.top >= box.top && rect.bottom <= box.bottom
    })
  await expect.poll(inView).toBe(true)

  // Scrolled away, the same hit opened again brings the place back.
  await panel.evaluate((scroller) => scroller.scrollTo({ top: 0 }))
  await expect.poll(inView).toBe(false)
  await hit.click()
  await expect.poll(inView).toBe(true)
})

test('view the original of a text source as plain text, never rendered', async ({ weft }) => {
  const { page } = weft
  const app = new WeftWindow(page)
  const html = `<html><body><h1>Statement</h1><img src="https://example.com/beacon.png"><p>The ministry spoke.</p></body></html>`
  const path = writeFile(weft.workDir, 'statement.txt', html)
  await app.importByButton(path)
  const reader = app.reader()
  await expect(reader).toContainText('The ministry spoke.')

  await reader.getByRole('tab', { name: 'Original' }).click()
  await expect(reader.getByRole('tab', { name: 'Original' })).toHaveAttribute('aria-selected', 'true')
  const original = reader.getByRole('tabpanel')
  // Shown as its source text, never rendered: the markup is visible and no image element exists.
  await expect(original.locator('pre')).toHaveText(html)
  await expect(original.locator('img')).toHaveCount(0)

  await reader.getByRole('tab', { name: 'Text' }).click()
  await expect(reader.getByRole('tabpanel')).toContainText('The ministry spoke.')
})

async function twoPagePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const pages = [
    [
      'Coalition partners meet in Amman',
      'Jordan, Iraq, Lebanon, Turkey and Syria agreed a joint operations centre.',
    ],
    ['Second page of the report', 'The centre coordinates intelligence on Islamic State cells.'],
  ]
  for (const [heading, body] of pages) {
    const page = pdf.addPage([595, 842])
    page.drawText(heading!, { x: 60, y: 760, size: 22, font })
    page.drawText(body!, { x: 60, y: 720, size: 12, font })
  }
  pdf.setTitle('Joint operations centre')
  return pdf.save()
}

test("view a PDF original's pages drawn by pdf.js", async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  await app.importByButton(writeFile(weft.workDir, 'amman-centre.pdf', await twoPagePdf()))
  await expect(app.status(/Imported 1 source/)).toBeVisible()
  const reader = app.reader()

  await reader.getByRole('tab', { name: 'Original' }).click()
  const pages = reader.getByRole('figure')
  await expect(pages).toHaveCount(2)
  await expect(reader.getByRole('figure', { name: 'Page 1 of 2' })).toBeVisible()
  // The first page is drawn: its canvas holds dark pixels (the text) on white.
  const canvas = reader.getByRole('img', { name: 'Page 1 of 2' })
  await expect
    .poll(() =>
      canvas.evaluate((element) => {
        const drawn = element as HTMLCanvasElement
        if (drawn.width === 0) return 0
        const pixels = drawn.getContext('2d')!.getImageData(0, 0, drawn.width, drawn.height).data
        let dark = 0
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 100 && pixels[i + 3]! > 200) dark++
        return dark
      }),
    )
    .toBeGreaterThan(200)
})

test('a PDF source reads as text with a marker where each page begins', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  await app.importByButton(writeFile(weft.workDir, 'amman-centre.pdf', await twoPagePdf()))
  await expect(app.status(/Imported 1 source/)).toBeVisible()
  const reader = app.reader()
  await expect(reader.getByRole('separator', { name: 'Page 1' })).toBeAttached()
  await expect(reader.getByRole('separator', { name: 'Page 2' })).toBeVisible()
  await expect(reader).toContainText('The centre coordinates intelligence on Islamic State cells.')
})

test('export an original under its own name, byte for byte', async ({ weft }) => {
  test.skip(weft.shell !== 'web-shell', 'the desktop app asks where to save in a native dialog')
  const { page } = weft
  const app = new WeftWindow(page)
  const notesPath = writeFile(
    weft.workDir,
    'statement notes.txt',
    'Statement notes\n\nThe ministry spoke on Tuesday.',
  )
  await app.importByButton(notesPath)
  await expect(app.reader().getByRole('heading', { name: 'Statement notes' })).toBeVisible()
  const pdfBytes = await twoPagePdf()
  await app.importByButton(writeFile(weft.workDir, 'amman-centre.pdf', pdfBytes))
  await expect(app.reader()).toContainText('The centre coordinates intelligence')

  const exportOriginal = async () => {
    const download = page.waitForEvent('download')
    await app.reader().getByRole('button', { name: 'Export original…' }).click()
    const saved = await download
    return { name: saved.suggestedFilename(), bytes: readFileSync(await saved.path()) }
  }
  const pdf = await exportOriginal()
  expect(pdf.name).toBe('amman-centre.pdf')
  expect(pdf.bytes.equals(Buffer.from(pdfBytes))).toBe(true)

  await sourceEntry(page, 'Statement notes').click()
  await expect(app.reader().getByRole('heading', { name: 'Statement notes' })).toBeVisible()
  const notes = await exportOriginal()
  expect(notes.name).toBe('statement notes.txt')
  expect(notes.bytes.equals(readFileSync(notesPath))).toBe(true)
})
