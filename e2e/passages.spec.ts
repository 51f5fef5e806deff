// A researcher marks evidence in the reader: selects words with the mouse or
// the keyboard, highlights them, links them to an actor (made on the spot),
// comments, finds them in the side panel, deletes and undoes; and reviews the
// mentions Weft suggests (accept, reject, accept all in a source).
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures/weft-app'
import { WeftWindow } from './pages/weft-window'
import { writeFile } from './support/sample-files'

const BRIEFING = `Joint work in the south

CENTCOM said its forces and the Syrian Interior Ministry destroyed more than 15 weapons depots in southern Syria.

The ministry's reconnaissance unit shares information with coalition operations rooms, officials said.

Analysts said the raids were coordinated with the General Intelligence Directorate.
`

const UPDATE = `Coalition update

US Central Command described the raids as a model. CENTCOM officers met the ministry twice in December, and a CENTCOM statement praised the work. Sharing intelligence is routine now.
`

/** The words the reader marks as passages, whatever their colour. */
function passageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('weft-passage-') && name !== 'weft-passage-review')
      .flatMap(([, highlight]) => [...highlight].map((range) => range.toString()))
      .sort(),
  )
}

/** The words the reader underlines as suggested mentions, in text order. */
function suggestionTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const marks = CSS.highlights.get('weft-mention')
    return marks ? [...marks].map((range) => range.toString()) : []
  })
}

/** Where some words of a paragraph are drawn: the middle of their first and last characters. */
function wordsAt(block: Locator, words: string, occurrence = 0) {
  return block.evaluate(
    (element, [wanted, nth]) => {
      const text = element.firstChild as Text
      let start = -1
      for (let found = 0; found <= nth; found++) start = text.data.indexOf(wanted, start + 1)
      const end = start + wanted.length
      const box = (from: number, to: number) => {
        const range = document.createRange()
        range.setStart(text, from)
        range.setEnd(text, to)
        return range.getBoundingClientRect()
      }
      const first = box(start, start + 1)
      const last = box(end - 1, end)
      return {
        start: { x: first.left + 1, y: first.top + first.height / 2 },
        end: { x: last.right - 1, y: last.top + last.height / 2 },
        middle: { x: (first.left + last.right) / 2, y: first.top + first.height / 2 },
      }
    },
    [words, occurrence] as const,
  )
}

/** Selects words by pressing the mouse on the first letter and dragging to the last, as a person does. */
async function dragSelect(page: Page, block: Locator, words: string): Promise<void> {
  const { start, end } = await wordsAt(block, words)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(end.x, end.y, { steps: 8 })
  await page.mouse.up()
}

async function importAndOpen(app: WeftWindow, workDir: string, name: string, text: string, title: string) {
  await app.importByButton(writeFile(workDir, name, text))
  await app.source(title).click()
  await expect(app.reader().getByRole('heading', { name: title })).toBeVisible()
}

/** Presses Tab until `target` has focus, as a keyboard user does (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 20): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/** Opens the passages panel from the reader's toolbar (it stays open from one source to the next). */
async function openPanel(reader: Locator): Promise<Locator> {
  const toggle = reader.getByRole('button', { name: /^Passages/ })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  return reader.getByRole('complementary', { name: 'Passages and suggestions' })
}

test('select words with the mouse, link them to an actor made on the spot, see it on hover and in the panel', async ({
  weft,
}) => {
  const { page } = weft
  const app = new WeftWindow(page)
  await importAndOpen(app, weft.workDir, 'south.txt', BRIEFING, 'Joint work in the south')
  const reader = app.reader()
  const paragraph = reader.getByText('CENTCOM said its forces')

  await dragSelect(page, paragraph, 'CENTCOM')
  const toolbar = reader.getByRole('toolbar', { name: 'Selected text' })
  await expect(toolbar).toBeVisible()
  await toolbar.getByRole('button', { name: 'Link to actor' }).click()

  // The box starts with the selected words; the actor does not exist yet, so make it here.
  const actorBox = reader.getByRole('combobox', { name: 'Link to actor' })
  await expect(actorBox).toBeFocused()
  await expect(actorBox).toHaveValue('CENTCOM')
  await actorBox.fill('US Central Command')
  await reader.getByRole('option', { name: /Create “US Central Command”/ }).click()
  await reader.getByLabel('Type').selectOption('organisation')
  await expect(reader.getByRole('checkbox', { name: 'Also find it as “CENTCOM”' })).toBeChecked()
  await reader.getByRole('button', { name: 'Create and link' }).click()

  await expect(toolbar).toBeHidden()
  await expect.poll(() => passageTexts(page)).toEqual(['CENTCOM'])

  // Hovering the highlight shows who it names.
  const { middle } = await wordsAt(paragraph, 'CENTCOM')
  await page.mouse.move(middle.x, middle.y)
  const card = reader.getByRole('dialog', { name: 'Passage' })
  await expect(card).toBeVisible()
  await expect(card.getByRole('button', { name: 'US Central Command' })).toBeVisible()

  // The side panel lists it, with the actor as a chip that opens the actor's page.
  const panel = await openPanel(reader)
  const item = panel.getByRole('listitem').filter({ hasText: 'CENTCOM' })
  await expect(item).toHaveCount(1)
  await item.getByRole('button', { name: 'US Central Command', exact: true }).click()
  await expect(page.getByRole('article', { name: 'Actor: US Central Command' })).toBeVisible()
})

test('select with the keyboard: find the words, extend the selection, highlight and comment', async ({
  weft,
}) => {
  const { page } = weft
  const app = new WeftWindow(page)
  await importAndOpen(app, weft.workDir, 'south.txt', BRIEFING, 'Joint work in the south')
  const reader = app.reader()

  // Into the text by Tab; find selects its match when it closes; Shift+Ctrl+Arrow extends a word at a time.
  const text = reader.getByRole('tabpanel', { name: 'Text' })
  await tabTo(page, text)
  await page.keyboard.press('Control+F')
  await page.keyboard.type('reconnaissance unit')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Shift+Control+ArrowRight')
  await page.keyboard.press('Shift+Control+ArrowRight')
  await expect
    .poll(() => page.evaluate(() => document.getSelection()?.toString().trim()))
    .toBe('reconnaissance unit shares information')
  const toolbar = reader.getByRole('toolbar', { name: 'Selected text' })
  await expect(toolbar).toBeVisible()

  // The toolbar is one Tab stop after the text; arrows move inside it.
  const highlight = toolbar.getByRole('button', { name: 'Highlight' })
  await page.keyboard.press('Tab')
  await expect(highlight).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(toolbar.getByRole('button', { name: 'Link to actor' })).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Enter')
  await expect.poll(() => passageTexts(page)).toEqual(['reconnaissance unit shares information'])

  // A second passage by keyboard only, commented through the shortcut.
  await expect(text).toBeFocused()
  await page.keyboard.press('Control+F')
  await page.keyboard.type('General Intelligence Directorate')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+Shift+M')
  const comment = reader.getByRole('textbox', { name: 'Comment' })
  await expect(comment).toBeFocused()
  await comment.fill('The raids were run with the intelligence service, not the army.')
  await page.keyboard.press('Control+Enter')
  await expect
    .poll(() => passageTexts(page))
    .toEqual(['General Intelligence Directorate', 'reconnaissance unit shares information'])

  const panel = await openPanel(reader)
  const items = panel.getByRole('list', { name: 'Passages' }).getByRole('listitem')
  await expect(items).toHaveCount(2)
  await expect(items.nth(0)).toContainText('reconnaissance unit shares information')
  await expect(items.nth(1)).toContainText('General Intelligence Directorate')
  await expect(items.nth(1)).toContainText('The raids were run with the intelligence service, not the army.')

  // Moving between marks with Alt+Down shows each one's card, comment included.
  await tabTo(page, text)
  await page.keyboard.press('Alt+ArrowDown')
  await page.keyboard.press('Alt+ArrowDown')
  const card = reader.getByRole('dialog', { name: /^Passage 2 of 2/ })
  await expect(card).toBeVisible()
  await expect(card).toContainText('The raids were run with the intelligence service, not the army.')
  await page.keyboard.press('Escape')
  await expect(card).toBeHidden()
})

test('delete a passage from the panel, and bring it back with Undo or Ctrl+Z', async ({ weft }) => {
  const { page } = weft
  const app = new WeftWindow(page)
  await importAndOpen(app, weft.workDir, 'south.txt', BRIEFING, 'Joint work in the south')
  const reader = app.reader()
  await dragSelect(page, reader.getByText('CENTCOM said its forces'), 'weapons depots')
  await reader
    .getByRole('toolbar', { name: 'Selected text' })
    .getByRole('button', { name: 'Highlight' })
    .click()
  await expect.poll(() => passageTexts(page)).toEqual(['weapons depots'])

  const panel = await openPanel(reader)
  const quote = panel.getByRole('button', { name: 'weapons depots', exact: true })
  await quote.click()
  await panel.getByRole('button', { name: 'Delete the passage “weapons depots”' }).click()
  await expect.poll(() => passageTexts(page)).toEqual([])
  await expect(panel.getByText('No passages yet')).toBeVisible()
  await page
    .getByRole('status')
    .filter({ hasText: 'Deleted the passage “weapons depots”' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect.poll(() => passageTexts(page)).toEqual(['weapons depots'])

  // The Delete key on the passage, then Ctrl+Z.
  await quote.focus()
  await page.keyboard.press('Delete')
  await expect(quote).toBeHidden()
  await page.keyboard.press('Control+Z')
  await expect(quote).toBeVisible()
  await expect.poll(() => passageTexts(page)).toEqual(['weapons depots'])
})

test('review suggested mentions: accept and reject in the text, then accept all in a source', async ({
  weft,
}) => {
  const { page } = weft
  const app = new WeftWindow(page)
  await importAndOpen(app, weft.workDir, 'south.txt', BRIEFING, 'Joint work in the south')
  const reader = app.reader()

  // An actor with an alias, made from the toolbar: "CENTCOM" is kept as an alias of US Central Command.
  await dragSelect(page, reader.getByText('CENTCOM said its forces'), 'CENTCOM')
  await reader
    .getByRole('toolbar', { name: 'Selected text' })
    .getByRole('button', { name: 'Link to actor' })
    .click()
  await reader.getByRole('combobox', { name: 'Link to actor' }).fill('US Central Command')
  await page.keyboard.press('Enter')
  await reader.getByRole('button', { name: 'Create and link' }).click()
  await expect.poll(() => passageTexts(page)).toEqual(['CENTCOM'])

  // A new source naming it by its name and its acronym is scanned, and its mentions suggested.
  await importAndOpen(app, weft.workDir, 'update.txt', UPDATE, 'Coalition update')
  await expect
    .poll(() => suggestionTexts(page), { timeout: 20_000 })
    .toEqual(['US Central Command', 'CENTCOM', 'CENTCOM'])
  const paragraph = reader.getByText('US Central Command described the raids')

  // Click the first CENTCOM: the card says which alias matched and why.
  const first = await wordsAt(paragraph, 'CENTCOM', 0)
  await page.mouse.click(first.middle.x, first.middle.y)
  const card = reader.getByRole('dialog', { name: 'Mention suggestion' })
  await expect(card).toContainText('“CENTCOM” may be US Central Command')
  await expect(card).toContainText('Matches the alias “CENTCOM” exactly.')
  await card.getByRole('button', { name: 'Accept' }).click()
  await expect.poll(() => passageTexts(page)).toEqual(['CENTCOM'])
  await expect.poll(() => suggestionTexts(page)).toEqual(['US Central Command', 'CENTCOM'])

  // By keyboard: Alt+Down from the text reaches the first suggestion; reject it.
  await reader.getByText('update.txt').click()
  await expect(reader.getByRole('tabpanel', { name: 'Text' })).toBeFocused()
  await page.keyboard.press('Alt+ArrowDown')
  const reached = reader.getByRole('dialog', { name: /^Suggestion 1 of/ })
  await expect(reached).toContainText('“US Central Command” may be US Central Command')
  await expect(reached.getByRole('button', { name: 'Accept' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(reached.getByRole('button', { name: 'Reject' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect.poll(() => suggestionTexts(page)).toEqual(['CENTCOM'])

  // The rest in one go, from the panel.
  const panel = await openPanel(reader)
  await panel.getByRole('tab', { name: /Suggestions/ }).click()
  await expect(panel.getByRole('list', { name: 'Suggestions' }).getByRole('listitem')).toHaveCount(1)
  await panel.getByRole('button', { name: 'Accept all in this source' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Accepted 1 suggestion' })).toBeVisible()
  await expect.poll(() => suggestionTexts(page)).toEqual([])
  await expect.poll(() => passageTexts(page)).toEqual(['CENTCOM', 'CENTCOM'])
  await panel.getByRole('tab', { name: /Passages/ }).click()
  // Each accepted mention is a passage linked to the actor (the list's items hold their actors' lists).
  const linked = panel
    .getByRole('list', { name: 'Passages' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('list', { name: 'Actors' }) })
  await expect(linked).toHaveCount(2)
  await expect(linked.filter({ hasText: 'CENTCOM' })).toHaveCount(2)
})

test('a passage in the panel is dragged with its id, for a note to take', async ({ weft }) => {
  const { page } = weft
  const app = new WeftWindow(page)
  await importAndOpen(app, weft.workDir, 'south.txt', BRIEFING, 'Joint work in the south')
  const reader = app.reader()
  await dragSelect(page, reader.getByText("The ministry's reconnaissance unit"), 'coalition operations rooms')
  await reader
    .getByRole('toolbar', { name: 'Selected text' })
    .getByRole('button', { name: 'Highlight' })
    .click()
  const panel = await openPanel(reader)
  const item = panel.getByRole('listitem').filter({ hasText: 'coalition operations rooms' })
  await expect(item).toHaveAttribute('draggable', 'true')

  const transfer = await page.evaluateHandle(() => new DataTransfer())
  await item.dispatchEvent('dragstart', { dataTransfer: transfer })
  const carried = await transfer.evaluate((data) => ({
    passage: JSON.parse(data.getData('application/x-weft-passage')) as { passageId: number },
    text: data.getData('text/plain'),
  }))
  expect(carried.text).toBe('coalition operations rooms')
  expect(Number.isInteger(carried.passage.passageId)).toBe(true)
})

test('add a tie from a selected passage: the passage is its evidence, its actor the tie’s first end', async ({
  weft,
}) => {
  const { page } = weft
  const app = new WeftWindow(page)
  await importAndOpen(app, weft.workDir, 'south.txt', BRIEFING, 'Joint work in the south')
  const reader = app.reader()
  const paragraph = reader.getByText('CENTCOM said its forces')
  const toolbar = reader.getByRole('toolbar', { name: 'Selected text' })

  await dragSelect(page, paragraph, 'CENTCOM')
  await toolbar.getByRole('button', { name: 'Link to actor' }).click()
  await reader.getByRole('combobox', { name: 'Link to actor' }).fill('US Central Command')
  await page.keyboard.press('Enter')
  await reader.getByRole('button', { name: 'Create and link' }).click()
  await expect.poll(() => passageTexts(page)).toEqual(['CENTCOM'])

  await dragSelect(page, paragraph, 'CENTCOM')
  await toolbar.getByRole('button', { name: 'Add tie' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add tie' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('combobox', { name: 'From actor' })).toHaveValue('US Central Command')
  await expect(dialog.getByRole('checkbox', { name: /CENTCOM/ })).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  // The selection was already a passage: no second one was made for the tie.
  expect(await passageTexts(page)).toEqual(['CENTCOM'])
})

test('a newer version of the file: a passage Weft cannot place for sure waits for review, then is moved', async ({
  weft,
}) => {
  const { page } = weft
  const app = new WeftWindow(page)
  const first = `Coordination note\n\nAnalysts expect day-to-day cooperation to run through the Interior Ministry.\n`
  await importAndOpen(app, weft.workDir, 'note.txt', first, 'Coordination note')
  const reader = app.reader()
  await dragSelect(page, reader.getByText('Analysts expect'), 'day-to-day cooperation')
  await reader
    .getByRole('toolbar', { name: 'Selected text' })
    .getByRole('button', { name: 'Highlight' })
    .click()
  await expect.poll(() => passageTexts(page)).toEqual(['day-to-day cooperation'])

  // The new text says it twice, neither time with its old surroundings: Weft does not guess.
  const second = `Coordination note\n\nOfficials call it day-to-day cooperation. Reviewers found day-to-day cooperation ran through the Interior Ministry.\n`
  const chooser = page.waitForEvent('filechooser')
  await reader.getByRole('button', { name: 'New version…' }).click()
  await (await chooser).setFiles(writeFile(weft.workDir, 'note-v2.txt', second))
  const toast = page.getByRole('status').filter({ hasText: '1 passage needs review' })
  await expect(toast).toBeVisible()
  await toast.getByRole('button', { name: 'Review' }).click()

  const panel = reader.getByRole('complementary', { name: 'Passages and suggestions' })
  await expect(panel.getByText('Needs review')).toBeVisible()
  await expect(panel).toContainText('This passage quoted “day-to-day cooperation”')

  // Place it anew: select where it belongs now, and move it there.
  await panel.getByRole('button', { name: 'Place anew…' }).click()
  await expect(reader.getByRole('status').filter({ hasText: 'Select the words where' })).toBeVisible()
  await dragSelect(page, reader.getByText('Officials call it'), 'day-to-day cooperation ran')
  await reader
    .getByRole('toolbar', { name: 'Selected text' })
    .getByRole('button', { name: 'Move here' })
    .click()
  await expect.poll(() => passageTexts(page)).toEqual(['day-to-day cooperation ran'])
  await expect(reader.getByRole('status').filter({ hasText: 'Select the words where' })).toBeHidden()
  await openPanel(reader)
  await expect(panel.getByRole('button', { name: 'day-to-day cooperation ran', exact: true })).toBeVisible()
  await expect(panel.getByText('Needs review')).toBeHidden()
})
