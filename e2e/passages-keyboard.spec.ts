// A keyboard user takes a passage from the reader into a note, as a mouse user
// drags it there: from the passages panel (Ctrl+C on the passage, or its Copy
// as quote button) and from a highlight's card (its handle, pressed), then
// pastes it into a note with Ctrl+V and finds the quote with its source.
import type { Locator, Page } from '@playwright/test'
import { expect, test as base } from './fixtures/weft-app'
import {
  ARABIC_PASSAGE,
  DEPOTS_PASSAGE,
  DEPOTS_SOURCE,
  libraryCopyFixture,
  NotesPage,
  researchLibraryFixture,
} from './pages/notes-page'
import { WeftWindow } from './pages/weft-window'

const ARABIC_SOURCE = 'وزارة الداخلية: 61 مداهمة و71 موقوفاً في حملة ضد خلايا داعش'

const test = base.extend<{ libraryFile: string | undefined }, { researchLibrary: string }>({
  researchLibrary: [researchLibraryFixture, { scope: 'worker', timeout: 180_000 }],
  libraryFile: libraryCopyFixture,
})

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user does (at most `max` times). */
async function tabTo(page: Page, target: Locator, { max = 25, back = false } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  await expect(target).toBeFocused()
}

/** The focus ring a sighted keyboard user sees: an outline drawn around the control. */
function focusRing(control: Locator): Promise<string> {
  return control.evaluate((element) => {
    const style = getComputedStyle(element)
    return style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`
  })
}

async function openSource(page: Page, title: string): Promise<Locator> {
  const app = new WeftWindow(page)
  await app.source(title).click()
  const reader = app.reader()
  await expect(reader.getByRole('heading', { name: title })).toBeVisible()
  return reader
}

/** Starts a note and pastes what the clipboard holds into it with Ctrl+V. */
async function pasteIntoNewNote(page: Page, title: string): Promise<NotesPage> {
  const notes = new NotesPage(page)
  await notes.open()
  await notes.create(title)
  await page.keyboard.type('The ministry works with the coalition:')
  await page.keyboard.press('Enter')
  await page.keyboard.press('ControlOrMeta+V')
  return notes
}

test('Ctrl+C on a passage in the panel copies it as a quote that pastes into a note', async ({ weft }) => {
  const { page } = weft
  const reader = await openSource(page, DEPOTS_SOURCE)

  // Into the panel by keyboard: its toggle, then Tab to the passage.
  const toggle = reader.getByRole('button', { name: /^Passages/ })
  await tabTo(page, toggle)
  await page.keyboard.press('Enter')
  const panel = reader.getByRole('complementary', { name: 'Passages and suggestions' })
  const passage = panel.getByRole('button', { name: DEPOTS_PASSAGE })
  await tabTo(page, passage)
  expect(await focusRing(passage)).not.toBe('none')
  await expect(passage).toHaveAttribute('aria-keyshortcuts', /Control\+C/)

  await page.keyboard.press('ControlOrMeta+C')
  await expect(page.getByRole('status').filter({ hasText: /^Copied “American forces/ })).toBeVisible()

  const notes = await pasteIntoNewNote(page, 'Depots, by keyboard')
  const quote = notes.quote(DEPOTS_PASSAGE)
  await expect(quote).toBeVisible()
  await expect(quote).toContainText(DEPOTS_SOURCE)
  await expect(quote).toContainText('The Levant Ledger')
  await expect(notes.text).toContainText('The ministry works with the coalition:')
  await notes.saved()
})

test('the panel’s Copy as quote button, reached by Tab and pressed with Enter, does the same', async ({
  weft,
}) => {
  const { page } = weft
  const reader = await openSource(page, DEPOTS_SOURCE)
  const toggle = reader.getByRole('button', { name: /^Passages/ })
  await tabTo(page, toggle)
  await page.keyboard.press('Enter')
  const panel = reader.getByRole('complementary', { name: 'Passages and suggestions' })
  const passage = panel.getByRole('button', { name: DEPOTS_PASSAGE })
  await tabTo(page, passage)
  // Enter selects the passage and shows its tools; Copy as quote is among them.
  await page.keyboard.press('Enter')
  await expect(passage).toHaveAttribute('aria-pressed', 'true')
  const copy = panel.getByRole('button', { name: 'Copy as quote' })
  await tabTo(page, copy)
  expect(await focusRing(copy)).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /^Copied “American forces/ })).toBeVisible()

  const notes = await pasteIntoNewNote(page, 'Depots, from the button')
  await expect(notes.quote(DEPOTS_PASSAGE)).toContainText(DEPOTS_SOURCE)
})

test('a highlight’s card: its handle is a button that copies the passage as a quote', async ({ weft }) => {
  const { page } = weft
  const reader = await openSource(page, ARABIC_SOURCE)

  // From the text, Alt+Down opens the first mark's card with the focus inside it.
  const text = reader.getByRole('tabpanel', { name: 'Text' })
  await tabTo(page, text)
  await page.keyboard.press('Alt+ArrowDown')
  const card = reader.getByRole('dialog', { name: /^Passage 1 of/ })
  await expect(card).toBeVisible()
  const handle = card.getByRole('button', { name: 'Copy as quote' })
  await tabTo(page, handle, { back: true, max: 5 })
  expect(await focusRing(handle)).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /^Copied “أعلنت/ })).toBeVisible()

  const notes = await pasteIntoNewNote(page, 'The ministry’s own statement')
  await expect(notes.quote(ARABIC_PASSAGE)).toBeVisible()
})

test('the panel sits beside the text on a 1280 px window; narrower, it is a drawer that Escape closes', async ({
  weft,
}) => {
  const { page } = weft
  await page.setViewportSize({ width: 1280, height: 800 })
  const reader = await openSource(page, DEPOTS_SOURCE)
  const toggle = reader.getByRole('button', { name: /^Passages/ })
  const panel = reader.getByRole('complementary', { name: 'Passages and suggestions' })
  const paragraph = reader.getByRole('tabpanel', { name: 'Text' }).getByText(DEPOTS_PASSAGE.slice(0, 30))
  await tabTo(page, toggle)
  await page.keyboard.press('Enter')
  await expect(panel.getByRole('button', { name: DEPOTS_PASSAGE })).toBeVisible()
  // Beside: the text ends where the panel begins, and the focus stays on the toggle.
  const [text, side] = [await paragraph.boundingBox(), await panel.boundingBox()]
  expect(text!.x + text!.width).toBeLessThanOrEqual(side!.x)
  expect(text!.width).toBeGreaterThan(320)
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(panel).toBeHidden()

  // A narrower window: the panel opens over the text, takes the focus, and Escape hands it back.
  await page.setViewportSize({ width: 1024, height: 800 })
  await page.keyboard.press('Enter')
  await expect(panel.getByRole('tab', { name: /^Passages/ })).toBeFocused()
  const [narrowText, drawer] = [await paragraph.boundingBox(), await panel.boundingBox()]
  expect(drawer!.x).toBeLessThan(narrowText!.x + narrowText!.width)
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(toggle).toBeFocused()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
})
