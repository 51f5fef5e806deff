// Writing in a note: Markdown shortcuts, the keyboard-reachable toolbar and
// its pressed states, links, tables, the shortcuts sheet, a paste from Word
// cleaned up, and a paragraph in Arabic that reads right to left.
import { expect, test as base } from './fixtures/weft-app'
import { libraryCopyFixture, NotesPage, researchLibraryFixture } from './pages/notes-page'

const test = base.extend<{ libraryFile: string | undefined }, { researchLibrary: string }>({
  researchLibrary: [researchLibraryFixture, { scope: 'worker', timeout: 180_000 }],
  libraryFile: libraryCopyFixture,
})

const WORD_PASTE = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>
<body><p class=MsoNormal><span style='font-family:"Calibri";color:#1F3864'>The <b>Interior Ministry</b> ran raids.<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='font-family:Symbol;mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>Homs<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='font-family:Symbol;mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>Hama<o:p></o:p></p>
</body></html>`

test('Markdown shortcuts, the toolbar by keyboard, links, tables and the shortcuts sheet', async ({
  weft,
}) => {
  const { page } = weft
  const notes = new NotesPage(page)
  await notes.open()
  await notes.create('Formatting')

  await page.keyboard.type('# Findings')
  await page.keyboard.press('Enter')
  await page.keyboard.type('- first raid')
  await page.keyboard.press('Enter')
  await page.keyboard.type('second raid')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type('> a remark')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Some **strong** words.')
  await expect(notes.text.getByRole('heading', { name: 'Findings' })).toBeVisible()
  await expect(notes.text.getByRole('listitem')).toHaveText(['first raid', 'second raid'])
  await expect(notes.text.locator('blockquote')).toHaveText('a remark')
  await expect(notes.text.locator('strong')).toHaveText('strong')

  // The toolbar says what the caret is in.
  await notes.text.getByText('strong').click()
  await expect(notes.toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true')
  await notes.text.getByText('first raid').click()
  await expect(notes.toolbar.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(notes.toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'false')

  // From the title, past Delete note, the toolbar is one Tab stop; the arrow keys move along it.
  await notes.title.focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Delete note' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(notes.toolbar.getByRole('button', { name: 'Undo' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(notes.toolbar.getByRole('button', { name: 'Redo' })).toBeFocused()
  await page.keyboard.press('End')
  await expect(notes.toolbar.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused()
  await page.keyboard.press('Enter')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toContainText('Open the actor or the quoted passage beside the caret')
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()

  // Ctrl/Cmd+/ opens the sheet from the text too.
  await notes.text.getByText('Some').click()
  await page.keyboard.press('ControlOrMeta+/')
  await expect(sheet).toBeVisible()
  await sheet.getByRole('button', { name: 'Close' }).click()
  // Closing gives the caret back to the text where it was: select the next words after that.
  await expect(sheet).toBeHidden()
  await expect(notes.text).toBeFocused()

  // A link on selected words (Ctrl/Cmd+K), then a table from the toolbar.
  await notes.text.getByText('words.').dblclick()
  await page.keyboard.press('ControlOrMeta+k')
  const linkDialog = page.getByRole('dialog', { name: 'Add a link' })
  await linkDialog.getByRole('textbox', { name: 'Address' }).fill('example.org/report')
  await linkDialog.getByRole('button', { name: 'Add link' }).click()
  await expect(notes.text.getByRole('link', { name: 'words' })).toHaveAttribute(
    'href',
    'https://example.org/report',
  )
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await notes.toolbar.getByRole('button', { name: 'Insert a table' }).click()
  await expect(notes.text.getByRole('table')).toBeVisible()
  await expect(notes.text.getByRole('columnheader')).toHaveCount(3)
  await notes.saved()
})

test('a paste from Word comes in clean, and an Arabic paragraph reads right to left', async ({ weft }) => {
  const { page } = weft
  const notes = new NotesPage(page)
  await notes.open()
  await notes.create('Pasted')
  await notes.text.evaluate((element, html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', 'The Interior Ministry ran raids. Homs Hama')
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, WORD_PASTE)
  await expect(notes.text.locator('strong, b').filter({ hasText: 'Interior Ministry' })).toBeVisible()
  await expect(notes.text.getByRole('listitem')).toHaveText(['Homs', 'Hama'])
  // Nothing of Word's looks came along.
  expect(await notes.text.innerHTML()).not.toMatch(/Mso|Calibri|mso-|1F3864|o:p/)

  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type('أعلنت وزارة الداخلية عن عمليات مشتركة.')
  const arabic = notes.text.getByText('أعلنت وزارة الداخلية عن عمليات مشتركة.')
  expect(await arabic.evaluate((element) => getComputedStyle(element.closest('p')!).direction)).toBe('rtl')
  const english = notes.text.getByText('ran raids')
  expect(await english.evaluate((element) => getComputedStyle(element.closest('p')!).direction)).toBe('ltr')
  await notes.saved()
})
