// A researcher writes an argument: quotes a passage by dragging it in and by
// typing /quote, names an actor with @, finds the note intact after a
// reload, follows the quote to its source and the chip to the actor's page
// (which lists the note back), and sees a quote whose passage was deleted.
import { expect, test as base } from './fixtures/weft-app'
import {
  ARABIC_PASSAGE,
  DEPOTS_PASSAGE,
  DEPOTS_SOURCE,
  markedTexts,
  NotesPage,
  PARTNER_PASSAGE,
  libraryCopyFixture,
  researchLibraryFixture,
} from './pages/notes-page'
import { coreCall } from './support/core-call'

const test = base.extend<{ libraryFile: string | undefined }, { researchLibrary: string }>({
  researchLibrary: [researchLibraryFixture, { scope: 'worker', timeout: 180_000 }],
  libraryFile: libraryCopyFixture,
})

const TITLE = 'Why the Interior Ministry, not the Defense Ministry, works with the coalition'

test('a note with a dragged quote and an @mention survives a reload and leads to its source and actor', async ({
  weft,
}) => {
  test.slow()
  const { page } = weft
  const notes = new NotesPage(page)
  await notes.open()
  await expect(page.getByRole('heading', { name: 'No notes yet' })).toBeVisible()
  await notes.create(TITLE)

  await page.keyboard.type('# The argument')
  await page.keyboard.press('Enter')
  await page.keyboard.type('The ')
  await notes.mention('Interior', /Syrian Interior Ministry/)
  await page.keyboard.type('works with the coalition, not the Defense Ministry.')
  await expect(notes.text.getByRole('heading', { name: 'The argument' })).toBeVisible()
  await expect(notes.chip('Syrian Interior Ministry')).toBeVisible()

  await notes.toolbar.getByRole('button', { name: 'Passages' }).click()
  await expect(notes.passagesPanel()).toBeVisible()
  await notes.panelPassage(DEPOTS_PASSAGE).dragTo(notes.text.getByText('works with the coalition'))
  const quote = notes.quote(DEPOTS_PASSAGE)
  await expect(quote).toContainText(DEPOTS_SOURCE)
  await expect(quote).toContainText('The Levant Ledger')
  await expect(quote).toContainText('November 28, 2025')
  await notes.saved()

  await page.reload()
  await notes.open()
  await expect(notes.noteInList(new RegExp(TITLE))).toHaveAttribute('aria-current', 'true')
  await expect(notes.title).toHaveValue(TITLE)
  await expect(notes.text.getByRole('heading', { name: 'The argument' })).toBeVisible()
  await expect(notes.chip('Syrian Interior Ministry')).toBeVisible()
  await expect(notes.quote(DEPOTS_PASSAGE)).toContainText('The Levant Ledger')
  await expect(notes.text).toContainText('works with the coalition, not the Defense Ministry.')

  // The quote opens the reader at the passage.
  await notes.quote(DEPOTS_PASSAGE).getByText(DEPOTS_PASSAGE).click()
  await expect(page.getByRole('article', { name: `Reader: ${DEPOTS_SOURCE}` })).toBeVisible()
  await expect.poll(() => markedTexts(page, 'weft-target')).toEqual([DEPOTS_PASSAGE])

  // The chip opens the actor's page, which lists the note; the note opens from there.
  await notes.open()
  await notes.chip('Syrian Interior Ministry').click()
  const backlinks = page.getByRole('region', { name: /Notes that mention Syrian Interior Ministry/ })
  await expect(backlinks.getByRole('button', { name: TITLE })).toBeVisible()
  await backlinks.getByRole('button', { name: TITLE }).click()
  await expect(notes.title).toHaveValue(TITLE)
})

test('/quote picks a passage by its words; a deleted passage is flagged, not silently changed', async ({
  weft,
}) => {
  const { page } = weft
  const notes = new NotesPage(page)
  await notes.open()
  await notes.create('Syria and the coalition')
  await page.keyboard.type('Membership first. ')
  await page.keyboard.press('Enter')
  await page.keyboard.type('/quote joined')
  const picker = page.getByRole('listbox', { name: 'Passages to quote' })
  await expect(picker.getByRole('option')).toHaveCount(1)
  await expect(picker.getByRole('option')).toContainText('Syria becomes 90th partner of anti-IS coalition')
  await page.keyboard.press('Enter')
  const quote = notes.quote(PARTNER_PASSAGE)
  await expect(quote).toContainText('Damascus Dispatch')
  await expect(notes.text).not.toContainText('/quote')

  // An Arabic passage reads right to left inside its quote.
  await page.keyboard.type('/quote وزارة')
  await page.getByRole('option', { name: new RegExp(ARABIC_PASSAGE.slice(0, 20)) }).click()
  const arabic = notes.quote(ARABIC_PASSAGE).getByText(ARABIC_PASSAGE)
  expect(await arabic.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
  await notes.saved()

  const [passage] = await coreCall<{ passageId: number }[]>(page, 'notes:findPassages', { query: 'joined' })
  await coreCall(page, 'passages:delete', { id: passage!.passageId })
  await expect(quote.getByRole('note')).toHaveText(
    /The passage has been deleted from the library since it was quoted/,
  )
  // The quote keeps the words as they were quoted.
  await expect(quote).toContainText(PARTNER_PASSAGE)
})

test('the notes list: search, sort, rename, delete with undo, and note hits in the library search', async ({
  weft,
}) => {
  const { page } = weft
  const notes = new NotesPage(page)
  await notes.open()
  await notes.create('Beta: raids in Homs')
  await page.keyboard.type('Sixty-one raids and seventy-one arrests.')
  await notes.saved()
  await notes.create('Alpha: coalition membership')
  await page.keyboard.type('Syria is the ninetieth partner.')
  await notes.saved()
  // The list follows the open note's length once typing pauses, and at once when another note opens.
  await expect(notes.noteInList(/Alpha: coalition membership/)).toContainText('5 words')
  await page.keyboard.type(' It joined in November.')
  await notes.noteInList(/Beta: raids in Homs/).click()
  await expect(notes.noteInList(/Alpha: coalition membership/)).toContainText('9 words')
  await expect(notes.noteInList(/Beta: raids in Homs/)).toHaveAttribute('aria-current', 'true')

  const titles = () =>
    notes.list
      .getByRole('button')
      .evaluateAll((items) => items.map((item) => item.querySelector('span')?.textContent))
  await expect.poll(titles).toEqual(['Alpha: coalition membership', 'Beta: raids in Homs'])
  await page.getByRole('combobox', { name: /Sort by/ }).selectOption('title')
  await expect.poll(titles).toEqual(['Alpha: coalition membership', 'Beta: raids in Homs'])
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('arrests')
  await expect.poll(titles).toEqual(['Beta: raids in Homs'])
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('')
  await expect.poll(titles).toHaveLength(2)

  // Rename: the title field is the note's name.
  await notes.noteInList(/Beta: raids in Homs/).click()
  await notes.title.fill('Raids in Homs and Hama')
  await notes.title.press('Enter')
  await expect(notes.noteInList(/Raids in Homs and Hama/)).toBeVisible()
  await page.getByRole('combobox', { name: /Sort by/ }).selectOption('title')
  await expect.poll(titles).toEqual(['Alpha: coalition membership', 'Raids in Homs and Hama'])

  // Delete, undo from the notice; delete again, undo with Ctrl/Cmd+Z.
  await page.getByRole('button', { name: 'Delete note' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Raids in Homs and Hama”' })).toBeVisible()
  await expect.poll(titles).toEqual(['Alpha: coalition membership'])
  await page.getByRole('status').filter({ hasText: 'Deleted' }).getByRole('button', { name: 'Undo' }).click()
  await expect(notes.noteInList(/Raids in Homs and Hama/)).toBeVisible()
  await notes.noteInList(/Raids in Homs and Hama/).click()
  await page.getByRole('button', { name: 'Delete note' }).click()
  await expect.poll(titles).toEqual(['Alpha: coalition membership'])
  await page.keyboard.press('ControlOrMeta+z')
  await expect(notes.noteInList(/Raids in Homs and Hama/)).toBeVisible()

  // The library search finds notes as well as sources.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click()
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('ninetieth')
  const hits = page.getByRole('list', { name: 'Notes matching the search' })
  await expect(hits.getByRole('button', { name: /Alpha: coalition membership/ })).toContainText('ninetieth')
  await hits.getByRole('button', { name: /Alpha: coalition membership/ }).click()
  await expect(notes.title).toHaveValue('Alpha: coalition membership')
})

test('version history: browse the kept versions, restore one, and undo the restore', async ({ weft }) => {
  const { page } = weft
  const notes = new NotesPage(page)
  await notes.open()
  await notes.create('Draft argument')
  // One input (as a paste is), so the first save, which keeps the first version, has all of it.
  await page.keyboard.insertText('First thoughts on the ministry.')
  await notes.saved()
  await page.keyboard.type(' Then a second paragraph of changes.')
  await notes.saved()

  await notes.toolbar.getByRole('button', { name: 'Version history' }).click()
  const history = page.getByRole('dialog', { name: 'Version history' })
  await expect(history.getByRole('list', { name: 'Versions' }).getByRole('button')).toHaveCount(1)
  await expect(history.getByRole('region', { name: 'Preview of the version' })).toContainText(
    'First thoughts on the ministry.',
  )
  await history.getByRole('button', { name: 'Restore this version' }).click()
  await expect(history).toBeHidden()
  await expect(notes.text).toHaveText('First thoughts on the ministry.')
  await page
    .getByRole('status')
    .filter({ hasText: 'Restored the version of' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(notes.text).toHaveText('First thoughts on the ministry. Then a second paragraph of changes.')
  await notes.saved()

  // Restored again, then undone by Ctrl+Z from the notes list, as any action in Weft is.
  await notes.toolbar.getByRole('button', { name: 'Version history' }).click()
  await history.getByRole('list', { name: 'Versions' }).getByRole('button').last().click()
  const preview = history.getByRole('region', { name: 'Preview of the version' })
  await expect(preview).toContainText('First thoughts on the ministry.')
  await expect(preview).not.toContainText('second paragraph')
  await history.getByRole('button', { name: 'Restore this version' }).click()
  await expect(notes.text).toHaveText('First thoughts on the ministry.')
  await notes.list.getByRole('button', { name: /Draft argument/ }).focus()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(notes.text).toHaveText('First thoughts on the ministry. Then a second paragraph of changes.')
  await notes.saved()
  await expect(page.getByRole('alert')).toHaveCount(0)
})
