// A researcher searches the library: phrases, OR, NOT, prefixes, accents and
// Arabic with or without vowel marks; sees ranked hits with the matches
// marked; opens one and reads the source at the match.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/weft-app'
import { WeftWindow } from './pages/weft-window'
import { COALITION_ARTICLE, JOINT_OPERATION_NOTES, writeFile } from './support/sample-files'

const PATROL_REPORT = `Patrol attacked near Palmyra

A gunman suspected of Islamic State links attacked a joint US-Syrian patrol near Palmyra on 13 December.

Al-Shar’a’s office condemned the attack and said security cooperation with the coalition would continue.
`

const AMMAN_MEETING = `Réunion à Amman : un centre d’opérations conjoint

La Jordanie, l’Irak, le Liban, la Turquie et la Syrie ont convenu d’un centre d’opérations conjoint contre l’État islamique, selon le ministère de la Sécurité.
`

// Written with tashkeel, as some statements are.
const INTERIOR_STATEMENT = `بيان وزارة الداخلية السورية

أعلنت وزارةُ الدَّاخليةِ عن تنفيذ عملياتٍ مشتركة ضد خلايا تنظيم الدولة الإسلامية في البادية.
`

function searchBox(page: Page) {
  return page.getByRole('searchbox', { name: 'Search the library' })
}

/** Types a query as a person does and waits until the results shown are for it. */
async function search(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query)
  await expect(page.getByRole('status').filter({ hasText: `for “${query}”` })).toBeVisible()
}

function results(page: Page) {
  return page.getByRole('list', { name: 'Search results' })
}

function hits(page: Page) {
  return results(page).getByRole('button')
}

/** The texts the hits' snippets mark, in order. */
async function markedTexts(page: Page): Promise<string[]> {
  return results(page).locator('mark').allInnerTexts()
}

/** The text the reader marks as the place it was opened at. */
function readerTarget(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const marks = CSS.highlights.get('weft-target')
    return marks ? [...marks].map((range) => range.toString()) : []
  })
}

async function importSamples(app: WeftWindow, dir: string): Promise<void> {
  await app.importByButton(
    writeFile(dir, 'coalition.txt', COALITION_ARTICLE),
    writeFile(dir, 'joint-operation.md', JOINT_OPERATION_NOTES),
    writeFile(dir, 'patrol.txt', PATROL_REPORT),
    writeFile(dir, 'amman.txt', AMMAN_MEETING),
    writeFile(dir, 'statement-ar.txt', INTERIOR_STATEMENT),
  )
  await expect(app.status('Imported 5 sources')).toBeVisible()
}

test('search with phrases, OR, NOT and prefixes, and see ranked hits with the matches marked', async ({
  weft,
}) => {
  const { page } = weft
  const app = new WeftWindow(page)
  await importSamples(app, weft.workDir)

  await search(page, '"joint operation"')
  await expect(hits(page)).toHaveCount(1)
  await expect(hits(page).first()).toHaveAccessibleName('Joint operation in southern Syria')
  expect(await markedTexts(page)).toEqual(['Joint operation'])
  // The results replace the table while a query is typed.
  await expect(app.sources).toBeHidden()

  await search(page, 'Palmyra OR Amman')
  await expect(hits(page)).toHaveCount(2)
  await expect(hits(page).nth(0)).toHaveAccessibleName('Patrol attacked near Palmyra')
  await expect(hits(page).nth(1)).toHaveAccessibleName(/^Réunion à Amman/)

  // A word in the title ranks above the same word in the text.
  await search(page, 'coalition')
  await expect(hits(page)).toHaveCount(3)
  await expect(hits(page).first()).toHaveAccessibleName('Syria joins the coalition against the Islamic State')

  await search(page, 'coalition NOT Palmyra')
  await expect(hits(page)).toHaveCount(2)
  await expect(results(page)).not.toContainText('Patrol attacked near Palmyra')

  await search(page, 'depot*')
  await expect(hits(page)).toHaveCount(1)
  expect(await markedTexts(page)).toEqual(['depots', 'Depots'])

  await search(page, 'ceasefire')
  await expect(page.getByRole('heading', { name: 'Nothing matches “ceasefire”' })).toBeVisible()
  await expect(page.getByText('Join alternatives with OR')).toBeVisible()
  await page.getByRole('button', { name: 'Clear the search' }).click()
  await expect(app.sources).toBeVisible()
  await expect(searchBox(page)).toHaveValue('')
})

test('search ignores accents, apostrophes and Arabic vowel marks, and shows the text as written', async ({
  weft,
}) => {
  const { page } = weft
  const app = new WeftWindow(page)
  await importSamples(app, weft.workDir)

  await search(page, 'reunion securite')
  await expect(hits(page)).toHaveCount(1)
  await expect(hits(page).first()).toHaveAccessibleName(/^Réunion à Amman/)
  expect(await markedTexts(page)).toContain('Réunion')

  await search(page, "al-shar'a")
  await expect(hits(page)).toHaveCount(1)
  expect(await markedTexts(page)).toEqual(['Al-Shar’a'])

  // Without tashkeel, as a researcher types it…
  await search(page, 'الداخلية')
  await expect(hits(page)).toHaveCount(1)
  await expect(hits(page).first()).toHaveAccessibleName('بيان وزارة الداخلية السورية')
  expect(await markedTexts(page)).toEqual(['الداخلية', 'الدَّاخليةِ'])
  // …with them, as copied from a statement…
  await search(page, 'الدَّاخليةِ')
  await expect(hits(page)).toHaveCount(1)
  expect(await markedTexts(page)).toEqual(['الداخلية', 'الدَّاخليةِ'])
  // …and with a plain alef and ha for the source's hamza and ta marbuta.
  await search(page, 'اعلنت وزاره')
  await expect(hits(page)).toHaveCount(1)
  expect(await markedTexts(page)).toEqual(['وزارة', 'أعلنت وزارةُ'])
  const snippet = hits(page).first().locator('.search-hit-snippet')
  expect(await snippet.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
})

test('open a hit and read the source at the match; the keyboard does it all', async ({ weft }) => {
  const { page } = weft
  const app = new WeftWindow(page)
  await importSamples(app, weft.workDir)

  await search(page, 'reconnaissance OR "security cooperation"')
  await expect(hits(page)).toHaveCount(1)
  await hits(page).first().click()
  await expect(app.reader().getByRole('heading', { name: 'Patrol attacked near Palmyra' })).toBeVisible()
  await expect(hits(page).first()).toHaveAttribute('aria-current', 'true')
  await expect.poll(() => readerTarget(page)).toEqual(['security cooperation'])

  // From the table, "/" comes back to the box; Ctrl+K does too.
  await searchBox(page).press('Escape')
  await expect(app.sources).toBeVisible()
  await app.sourceRows().first().click()
  await page.keyboard.press('/')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.type('Damascus')
  await expect(page.getByRole('status').filter({ hasText: '2 results for “Damascus”' })).toBeVisible()
  await app.reader().click()
  await page.keyboard.press('Control+k')
  await expect(searchBox(page)).toBeFocused()

  // Down into the results, down again, Enter opens; Escape returns to the box, then clears it.
  await page.keyboard.press('ArrowDown')
  await expect(hits(page).nth(0)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(hits(page).nth(1)).toBeFocused()
  const title = await hits(page).nth(1).getAttribute('aria-labelledby')
  const name = await page.locator(`[id="${title}"]`).innerText()
  await page.keyboard.press('Enter')
  await expect(app.reader().getByRole('heading', { name })).toBeVisible()
  await expect.poll(() => readerTarget(page)).toEqual(['Damascus'])
  await page.keyboard.press('Escape')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(searchBox(page)).toHaveValue('')
  await expect(app.sources).toBeVisible()
})
