// Bad files get a clear message and leave the library as it was.
import { expect, test } from './fixtures/weft-app'
import { WeftWindow } from './pages/weft-window'
import { COALITION_ARTICLE, writeFile } from './support/sample-files'

test.beforeEach(async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  await app.importByButton(writeFile(weft.workDir, 'kept.txt', COALITION_ARTICLE))
  await expect(app.sourceRows()).toHaveCount(1)
})

const badFiles: { name: string; content: () => Uint8Array; message: RegExp }[] = [
  { name: 'empty.txt', content: () => new Uint8Array(), message: /empty\.txt is empty \(0 bytes\)/ },
  {
    name: 'photo.txt',
    content: () =>
      Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ]),
    message: /photo\.txt is a PNG image/,
  },
  {
    name: 'latin1.txt',
    content: () => Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' au lait\n')]),
    message: /latin1\.txt is not valid UTF-8 text \(first bad byte at offset 3\)/,
  },
]

for (const bad of badFiles) {
  test(`${bad.name} is refused with a clear message and the library is unchanged`, async ({ weft }) => {
    const app = new WeftWindow(weft.page)
    await app.importByButton(writeFile(weft.workDir, bad.name, bad.content()))
    await expect(app.alert(`Could not import ${bad.name}`)).toContainText(bad.message)
    await expect(app.sourceRows()).toHaveCount(1)
    await expect(app.source('Syria joins the coalition against the Islamic State')).toBeVisible()
    await expect(app.statusBar).toContainText('1 source')
  })
}

test('a file over the size limit is refused before it is read', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  const huge = writeFile(weft.workDir, 'huge.txt', Buffer.alloc(51 * 1024 * 1024, 'a'))
  await app.importByButton(huge)
  await expect(app.alert('Could not import huge.txt')).toContainText('Weft imports text files up to 50 MB')
  await expect(app.sourceRows()).toHaveCount(1)
})

test('a mixed batch imports the good files and lists each failure', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  const good = writeFile(weft.workDir, 'good.txt', 'Good source\n\nA readable report.')
  const empty = writeFile(weft.workDir, 'nothing.txt', '')
  await app.dropFiles(good, empty)
  const summary = app.alert('Imported 1 source · 1 failed')
  await expect(summary).toContainText('nothing.txt is empty')
  await expect(app.sourceRows()).toHaveCount(2)
  await summary.getByRole('button', { name: 'Dismiss notification' }).click()
  await expect(summary).toBeHidden()
})

test('a page nested twenty thousand elements deep imports with all its text', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  const levels = 20_000
  const html = `<!doctype html><html><head><title>Nested statement</title></head><body>${'<div>'.repeat(levels)}<p>The ministry confirmed the joint patrol on Tuesday.</p>${'</div>'.repeat(levels)}<p>Closing line of the statement.</p></body></html>`
  await app.importByButton(writeFile(weft.workDir, 'nested.html', html))
  const reader = app.reader()
  // The first web page of a run starts the HTML reader thread, which takes a while on a busy machine.
  await expect(reader.getByRole('heading', { name: 'Nested statement' })).toBeVisible({ timeout: 45_000 })
  await expect(reader).toContainText('The ministry confirmed the joint patrol on Tuesday.')
  await expect(reader).toContainText('Closing line of the statement.')
  await expect(app.sourceRows()).toHaveCount(2)
})

test('Markdown with quotes stacked twenty thousand deep imports as its text', async ({ weft }) => {
  const app = new WeftWindow(weft.page)
  const markdown = `# Stacked quotes\n\nThe statement as it was posted.\n\n${'>'.repeat(20_000)} The ministry confirmed the joint patrol.\n`
  await app.importByButton(writeFile(weft.workDir, 'stacked.md', markdown))
  const reader = app.reader()
  await expect(reader.getByRole('heading', { name: 'Stacked quotes' })).toBeVisible()
  await expect(reader).toContainText('The statement as it was posted.')
  await expect(reader).toContainText('The ministry confirmed the joint patrol.')
  await expect(app.sourceRows()).toHaveCount(2)
})
