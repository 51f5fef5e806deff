// A researcher imports saved text files by the button and by dropping them on
// the window, then opens one and reads it.
import { expect, test } from './fixtures/weft-app'
import { WeftWindow } from './pages/weft-window'
import { ARABIC_STATEMENT, COALITION_ARTICLE, JOINT_OPERATION_NOTES, writeFile } from './support/sample-files'

test('import a text file with the Import button, then read it', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  const article = writeFile(weft.workDir, 'syria-joins-coalition.txt', COALITION_ARTICLE)

  await app.importByButton(article)

  await expect(app.status('Imported 1 source')).toBeVisible()
  await expect(app.source('Syria joins the coalition against the Islamic State')).toBeVisible()
  await expect(app.statusBar).toContainText('1 source')
  const reader = app.reader()
  await expect(
    reader.getByRole('heading', { name: 'Syria joins the coalition against the Islamic State' }),
  ).toBeVisible()
  await expect(reader).toContainText('Damascus has become the 90th partner of the international coalition')
  await expect(reader).toContainText('syria-joins-coalition.txt')
})

test('import Markdown and Arabic text by drag and drop, then open each', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  const notes = writeFile(weft.workDir, 'joint-operation.md', JOINT_OPERATION_NOTES)
  const statement = writeFile(weft.workDir, 'statement-ar.txt', ARABIC_STATEMENT)

  await app.dropFiles(notes, statement)

  await expect(app.status('Imported 2 sources')).toBeVisible()
  await app.source('Joint operation in southern Syria').click()
  const reader = app.reader()
  await expect(reader.getByRole('heading', { name: 'Joint operation in southern Syria' })).toBeVisible()
  await expect(reader.locator('blockquote')).toContainText('coordinated through the coalition')
  await expect(reader.getByRole('listitem')).toHaveCount(2)
  await expect(reader).not.toContainText('**')

  await app.source('بيان وزارة الداخلية السورية').click()
  const paragraph = app.reader().getByText('أعلنت وزارة الداخلية')
  await expect(paragraph).toBeVisible()
  expect(await paragraph.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
})

test('the same file imported twice is recognised and not duplicated', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  const article = writeFile(weft.workDir, 'article.txt', COALITION_ARTICLE)
  await app.importByButton(article)
  await expect(app.status('Imported 1 source')).toBeVisible()

  const copy = writeFile(weft.workDir, 'article (copy).txt', COALITION_ARTICLE)
  await app.dropFiles(copy)
  await expect(app.status('Imported 0 sources · 1 duplicate skipped')).toBeVisible()
  await expect(app.sourceRows()).toHaveCount(1)
})

test('sources can be browsed with the keyboard', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  const first = writeFile(weft.workDir, 'a.txt', 'First source\n\nAlpha text.')
  const second = writeFile(weft.workDir, 'b.txt', 'Second source\n\nBravo text.')
  await app.importByButton(first, second)
  await expect(app.sourceRows()).toHaveCount(2)

  await app.sources.focus()
  await weft.page.keyboard.press('End')
  const last = app.sourceRows().last()
  await expect(last).toHaveAttribute('aria-selected', 'true')
  const lastTitle = await last.getByRole('gridcell').first().innerText()
  await expect(app.reader().getByRole('heading', { name: lastTitle })).toBeVisible()
  await weft.page.keyboard.press('Home')
  await expect(app.sourceRows().first()).toHaveAttribute('aria-selected', 'true')
})
