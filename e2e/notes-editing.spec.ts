// Writing in a note: Markdown shortcuts, the keyboard-reachable toolbar and
// its pressed states, every block and format key, links, tables, the
// shortcuts sheet, a paste from Word cleaned up, and a paragraph in Arabic
// that reads right to left.
import type { Page } from '@playwright/test'
import { expect, test as base } from './fixtures/weft-app'
import { libraryCopyFixture, NotesPage, researchLibraryFixture } from './pages/notes-page'
import { coreCall } from './support/core-call'

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

test('block styles, lists and formats from the keyboard, with the keys the one-row toolbar shows', async ({
  weft,
}) => {
  const { page } = weft
  const notes = new NotesPage(page)
  await notes.open()
  await notes.create('Keys')
  const tool = (name: string) => notes.toolbar.getByRole('button', { name, exact: true })

  await page.keyboard.type('Findings')
  await page.keyboard.press('ControlOrMeta+Alt+1')
  await expect(notes.text.getByRole('heading', { name: 'Findings', level: 1 })).toBeVisible()
  await expect(tool('Heading 1')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('ControlOrMeta+Alt+2')
  await expect(notes.text.getByRole('heading', { name: 'Findings', level: 2 })).toBeVisible()
  // The same key again makes it a paragraph.
  await page.keyboard.press('ControlOrMeta+Alt+2')
  await expect(notes.text.getByRole('heading')).toHaveCount(0)
  await expect(tool('Paragraph')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('ControlOrMeta+Alt+q')
  await expect(notes.text.locator('blockquote')).toHaveText('Findings')
  await page.keyboard.press('ControlOrMeta+Alt+0')
  await expect(notes.text.locator('blockquote')).toHaveCount(0)

  await page.keyboard.press('ControlOrMeta+Shift+8')
  await expect(notes.text.getByRole('list')).toHaveCount(1)
  await expect(tool('Bulleted list')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('ControlOrMeta+Shift+7')
  await expect(tool('Numbered list')).toHaveAttribute('aria-pressed', 'true')
  await expect(notes.text.locator('ol')).toHaveText('Findings')
  await page.keyboard.press('ControlOrMeta+Shift+9')
  await expect(tool('Check list')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('ControlOrMeta+Shift+9')
  await expect(notes.text.getByRole('list')).toHaveCount(0)

  await page.keyboard.press('End')
  await page.keyboard.press('ControlOrMeta+Shift+x')
  await page.keyboard.type(' struck')
  await expect(notes.text.locator('.note-strikethrough')).toHaveText('struck')
  await expect(tool('Strikethrough')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('ControlOrMeta+Shift+x')
  await page.keyboard.press('ControlOrMeta+e')
  await page.keyboard.type(' code')
  await expect(notes.text.locator('.note-code')).toHaveText('code')
  await expect(tool('Inline code')).toHaveAttribute('aria-pressed', 'true')

  // Each tool's tooltip names the key that does the same, as the shortcuts sheet lists it.
  const mod = await page.evaluate(() => (/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+'))
  const alt = mod === '⌘' ? '⌥' : 'Alt+'
  await expect(tool('Heading 1')).toHaveAttribute('title', `Heading 1 (${mod}${alt}1)`)

  // On a laptop screen with the notes list open, the toolbar keeps to one row.
  await page.setViewportSize({ width: 1280, height: 800 })
  const undo = await tool('Undo').boundingBox()
  const help = await tool('Keyboard shortcuts').boundingBox()
  expect(help?.y).toBe(undo?.y)
  await expect(notes.toolbar.getByRole('button', { name: 'Export' })).toBeVisible()

  await page.keyboard.press('ControlOrMeta+/')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  const blocks = sheet.getByRole('region', { name: 'Blocks' })
  await expect(blocks.getByRole('definition').nth(1)).toHaveText('Heading 1')
  await expect(blocks.getByRole('term').nth(1)).toHaveText(`${mod}${alt}1`)
  await sheet.getByRole('button', { name: 'Close' }).click()
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

/** A note's JSON as the core keeps it: `count` paragraphs, "Paragraph 0." and on; headings where asked. */
function paragraphsNote(count: number, headingsAt: number[] = []): string {
  const block = (index: number) => ({
    ...(headingsAt.includes(index)
      ? { type: 'heading', tag: 'h2' }
      : { type: 'paragraph', textFormat: 0, textStyle: '' }),
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'text',
        version: 1,
        text: `Paragraph ${index}.`,
        format: 0,
        style: '',
        mode: 'normal',
        detail: 0,
      },
    ],
  })
  const children = Array.from({ length: count }, (_, index) => block(index))
  return JSON.stringify({
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children },
  })
}

/**
 * Waits for the page to take in a caret move made by a key. The editor reads the caret from the
 * browser's selectionchange event, which runs after pending input: keys pressed in the same
 * instant, as a script can and a person cannot, would act at the caret's old place.
 */
function caretTakenIn(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  )
}

test('a long note edits as one text: Backspace, a selection across it, undo, and what is saved', async ({
  weft,
}) => {
  const { page } = weft
  const notes = new NotesPage(page)
  // The editor draws a long note in parts of a few dozen blocks: these edits cross them.
  await coreCall(page, 'notes:create', { title: 'Long argument', content: paragraphsNote(80) })
  await notes.open()
  await notes.noteInList(/Long argument/).click()
  const paragraph = (text: string) => notes.text.getByText(text, { exact: true })

  // Backspace at the start of a paragraph joins it to the one before, wherever it is.
  for (const index of [24, 48]) {
    await paragraph(`Paragraph ${index}.`).click()
    await page.keyboard.press('Home')
    await caretTakenIn(page)
    await page.keyboard.press('Backspace')
    await expect(paragraph(`Paragraph ${index - 1}.Paragraph ${index}.`)).toBeVisible()
  }
  // Delete at the end of one pulls the next one in.
  await paragraph('Paragraph 71.').click()
  await page.keyboard.press('End')
  await caretTakenIn(page)
  await page.keyboard.press('Delete')
  await expect(paragraph('Paragraph 71.Paragraph 72.')).toBeVisible()

  // Typing over a selection from paragraph 10 to paragraph 40 replaces it all.
  await paragraph('Paragraph 10.').click()
  await page.keyboard.press('Home')
  await caretTakenIn(page)
  for (let line = 0; line < 29; line += 1) await page.keyboard.press('Shift+ArrowDown')
  await expect.poll(() => page.evaluate(() => getSelection()?.toString().length ?? 0)).toBeGreaterThan(300)
  await page.keyboard.type('Joined: ')
  await expect(notes.text.getByText(/^Joined: Paragraph 4\d\./)).toBeVisible()
  await expect(paragraph('Paragraph 30.')).toHaveCount(0)
  await expect(notes.text.locator('p')).toHaveCount(80 - 3 - 29)

  // Undo takes back the typing, then brings the selection's paragraphs back; redo takes them out again.
  await page.keyboard.press('ControlOrMeta+z')
  await expect(notes.text.getByText(/^JParagraph 40\./)).toBeVisible()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(paragraph('Paragraph 30.')).toBeVisible()
  await expect(notes.text.locator('p')).toHaveCount(80 - 3)
  await page.keyboard.press('ControlOrMeta+Shift+z')
  await expect(paragraph('Paragraph 30.')).toHaveCount(0)
  await expect(notes.text.getByText(/^JParagraph 40\./)).toBeVisible()
  await notes.saved()

  // Saved as the note's paragraphs, in order, and the same after a reload.
  const shown = await notes.text.locator('p').allTextContents()
  const list = await coreCall<{ id: number; title: string }[]>(page, 'notes:list', {})
  const id = list.find((note) => note.title === 'Long argument')!.id
  const saved = await coreCall<{ content: string }>(page, 'notes:get', { id })
  const blocks = (
    JSON.parse(saved.content) as { root: { children: { type: string; children: { text: string }[] }[] } }
  ).root.children
  expect(blocks.map((block) => block.type)).toEqual(shown.map(() => 'paragraph'))
  expect(blocks.map((block) => block.children.map((child) => child.text).join(''))).toEqual(shown)
  await page.reload()
  await notes.open()
  await notes.noteInList(/Long argument/).click()
  await expect(notes.text.locator('p')).toHaveText(shown)

  // Select all and type: one paragraph is left; undo puts everything back.
  await paragraph('Paragraph 5.').click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('Fresh start')
  await expect(notes.text.locator('p')).toHaveText(['Fresh start'])
  await page.keyboard.press('ControlOrMeta+z')
  await page.keyboard.press('ControlOrMeta+z')
  await expect(notes.text.locator('p')).toHaveText(shown)
})

test('a long note is spaced the same all the way through', async ({ weft }) => {
  const { page } = weft
  const notes = new NotesPage(page)
  // Headings within the editor's first part of the note and at the start of its second.
  await coreCall(page, 'notes:create', { title: 'Spacing', content: paragraphsNote(60, [12, 24]) })
  await notes.open()
  await notes.noteInList(/Spacing/).click()
  const block = (index: number) => notes.text.getByText(`Paragraph ${index}.`, { exact: true })
  const gapBefore = async (index: number) => {
    await block(index).scrollIntoViewIfNeeded()
    const above = (await block(index - 1).boundingBox())!
    const below = (await block(index).boundingBox())!
    return below.y - (above.y + above.height)
  }
  expect(await gapBefore(24)).toBeCloseTo(await gapBefore(12), 0)
  expect(await gapBefore(25)).toBeCloseTo(await gapBefore(13), 0)
  expect(await gapBefore(48)).toBeCloseTo(await gapBefore(47), 0)
  await expect(notes.text.getByRole('heading', { name: 'Paragraph 24.' })).toBeVisible()
})
