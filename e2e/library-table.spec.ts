// A researcher works the Library table: sorts it, filters it, selects with
// the mouse and the keyboard, tags and deletes in bulk (and undoes), and
// keeps collections.
import { expect, test } from './fixtures/weft-app'
import { DetailsEditor, type Details } from './pages/details-editor'
import { LibraryTable } from './pages/library-table'
import { ARABIC_STATEMENT, writeFile } from './support/sample-files'

/** Writes one small text file per title (the first line becomes the title). */
function writeSources(dir: string, titles: string[]): string[] {
  return titles.map((title, index) =>
    writeFile(
      dir,
      `source-${index + 1}.txt`,
      `${title}\n\nNotes on ${title.toLowerCase()}, written for the test.\n`,
    ),
  )
}

async function importTitles(table: LibraryTable, dir: string, titles: string[]): Promise<void> {
  await table.importSources(writeSources(dir, titles), titles)
}

async function editEach(table: LibraryTable, details: Record<string, Details>): Promise<void> {
  const editor = new DetailsEditor(table.page)
  for (const [title, fields] of Object.entries(details)) {
    await table.row(title).click()
    await expect(table.app.reader().getByRole('heading', { name: title })).toBeVisible()
    await editor.edit(fields)
  }
}

test('sort by a column, click again to reverse, undated rows last', async ({ weft }) => {
  const table = new LibraryTable(weft.page)
  await importTitles(table, weft.workDir, ['Bravo report', 'alpha statement', 'Charlie interview'])
  await editEach(table, {
    'Bravo report': { publishedDate: '2025-11', publisher: 'Enab Baladi' },
    'alpha statement': { publishedDate: '2024', publisher: 'SANA' },
  })

  await table.sortBy('Title')
  await expect(table.header('Title')).toHaveAttribute('aria-sort', 'ascending')
  await expect(table.header('Date')).toHaveAttribute('aria-sort', 'none')
  await table.expectTitles(['alpha statement', 'Bravo report', 'Charlie interview'])
  await table.sortBy('Title')
  await expect(table.header('Title')).toHaveAttribute('aria-sort', 'descending')
  await table.expectTitles(['Charlie interview', 'Bravo report', 'alpha statement'])

  await table.sortBy('Date')
  await expect(table.header('Title')).toHaveAttribute('aria-sort', 'none')
  await expect(table.header('Date')).toHaveAttribute('aria-sort', 'ascending')
  await table.expectTitles(['alpha statement', 'Bravo report', 'Charlie interview'])
  await table.sortBy('Date')
  await table.expectTitles(['Bravo report', 'alpha statement', 'Charlie interview'])

  await table.sortBy('Publisher')
  await table.expectTitles(['Bravo report', 'alpha statement', 'Charlie interview'])
  await expect(table.grid).toHaveAttribute('aria-rowcount', '4')
})

test('long titles end in an ellipsis with the whole title on hover; Arabic titles read right to left', async ({
  weft,
}) => {
  const table = new LibraryTable(weft.page)
  const long =
    'The Interior Ministry’s General Security Directorate ran sixty-one raids with the General Intelligence Directorate across three provinces'
  const arabic = 'بيان وزارة الداخلية السورية'
  await table.importSources(
    [
      writeFile(weft.workDir, 'long.txt', `${long}\n\nText.`),
      writeFile(weft.workDir, 'ar.txt', ARABIC_STATEMENT),
    ],
    ['General Security Directorate', arabic],
  )
  // The whole title is the cell's tooltip.
  const longTitle = table.row('General Security Directorate').getByRole('gridcell').first().getByTitle(long)
  await expect(longTitle).toBeVisible()
  await expect(longTitle).toHaveCSS('text-overflow', 'ellipsis')
  expect(await longTitle.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true)

  const arabicTitle = table.row(arabic).getByRole('gridcell').first().getByText(arabic)
  await expect(arabicTitle).toHaveAttribute('dir', 'auto')
  await expect(arabicTitle).toHaveCSS('direction', 'rtl')
  // Right-aligned: the text ends at the cell's right edge, not its left.
  const [text, cell] = await Promise.all([
    arabicTitle.evaluate((element) => {
      const range = document.createRange()
      range.selectNodeContents(element)
      return range.getBoundingClientRect()
    }),
    table.row(arabic).getByRole('gridcell').first().boundingBox(),
  ])
  expect(cell!.x + cell!.width - (text.x + text.width)).toBeLessThan(2)
  expect(text.x - cell!.x).toBeGreaterThan(20)
})

test('filter by tag, collection, kind and date range; count, Clear filters, empty state', async ({
  weft,
}) => {
  const table = new LibraryTable(weft.page)
  const titles = [
    'Coalition membership announced',
    'Joint raids near Palmyra',
    'Interior Ministry statement',
    'Analyst interview',
  ]
  await importTitles(table, weft.workDir, titles)
  await editEach(table, {
    'Coalition membership announced': { kind: 'Article', publishedDate: '2025-11', addTags: ['coalition'] },
    'Joint raids near Palmyra': { kind: 'Report', publishedDate: '2025-11-24', addTags: ['raids'] },
    'Interior Ministry statement': { kind: 'Statement', publishedDate: '2025-12-13', addTags: ['raids'] },
    'Analyst interview': { kind: 'Interview', publishedDate: '2025' },
  })
  await table.select('Coalition membership announced', 'Joint raids near Palmyra')
  await table.bulkAddToCollection('Chapter 1')
  await table.sortBy('Title')
  await expect(table.matchCount()).toHaveText('4 sources')

  await table.filter('Tag').selectOption({ label: 'raids (2)' })
  await table.expectTitles(['Interior Ministry statement', 'Joint raids near Palmyra'])
  await expect(table.matchCount()).toHaveText('2 of 4 sources')
  await table.filter('Collection').selectOption({ label: 'Chapter 1 (2)' })
  await table.expectTitles(['Joint raids near Palmyra'])
  await table.clearFilters().click()
  await expect(table.matchCount()).toHaveText('4 sources')
  await expect(table.filter('Tag')).toHaveValue('')
  await expect(table.rows()).toHaveCount(4)

  await table.filter('Kind').selectOption({ label: 'Statement' })
  await table.expectTitles(['Interior Ministry statement'])
  await table.filter('Kind').selectOption({ label: 'Any kind' })

  // 2025-11 lies inside November and December; a source dated only "2025" does not.
  await table.dateFrom().fill('2025-11-01')
  await table.dateTo().fill('2025-12-31')
  await table.expectTitles([
    'Coalition membership announced',
    'Interior Ministry statement',
    'Joint raids near Palmyra',
  ])
  await table.dateTo().fill('2025-11')
  await table.expectTitles(['Coalition membership announced', 'Joint raids near Palmyra'])
  await expect(table.matchCount()).toHaveText('2 of 4 sources')

  await table.filter('Kind').selectOption({ label: 'Interview' })
  await expect(weft.page.getByRole('heading', { name: 'No sources match these filters' })).toBeVisible()
  await expect(table.matchCount()).toHaveText('0 of 4 sources')
  await weft.page.getByRole('button', { name: 'Clear filters' }).last().click()
  await expect(table.rows()).toHaveCount(4)
  await expect(table.dateFrom()).toHaveValue('')

  // A bound that is not a date is pointed out once the user leaves the box, and filters nothing.
  await table.dateFrom().fill('2025-13')
  await table.filter('Kind').focus()
  await expect(table.dateFrom()).toHaveAttribute('aria-invalid', 'true')
  await expect(table.app.alert('Use a year, a month or a day')).toBeVisible()
  await expect(table.rows()).toHaveCount(4)
})

test('select with Shift and Ctrl, then add and remove a tag in bulk', async ({ weft }) => {
  const table = new LibraryTable(weft.page)
  const titles = [
    'Amman operations centre',
    'Border depots destroyed',
    'Coalition partner',
    'Damascus raids',
    'Euphrates patrol',
  ]
  await importTitles(table, weft.workDir, titles)
  await table.sortBy('Title')
  await table.expectTitles(titles)

  await table.row(titles[0]!).click()
  await table.row(titles[2]!).click({ modifiers: ['Shift'] })
  await expect(table.bulkBar).toContainText('3 selected')
  for (const [index, title] of titles.entries()) {
    await expect(table.row(title)).toHaveAttribute('aria-selected', String(index <= 2))
  }
  await table.row(titles[4]!).click({ modifiers: ['ControlOrMeta'] })
  await table.row(titles[1]!).click({ modifiers: ['ControlOrMeta'] })
  await expect(table.bulkBar).toContainText('3 selected')
  await expect(table.row(titles[1]!)).toHaveAttribute('aria-selected', 'false')

  await table.bulkAddTag('raids')
  await expect(table.app.status('Tagged 3 sources with “raids”')).toBeVisible()
  for (const [index, title] of titles.entries()) {
    const tags = table.row(title).getByRole('gridcell').nth(4)
    if ([0, 2, 4].includes(index)) await expect(tags).toHaveText('raids')
    else await expect(tags).toHaveText('')
  }
  await expect(table.filter('Tag').getByRole('option', { name: 'raids (3)' })).toBeAttached()

  await table.select(titles[0]!, titles[2]!)
  await table.bulk('Remove tag…').click()
  const dialog = table.dialog('Remove a tag from 2 sources')
  await expect(dialog.getByRole('combobox', { name: 'Tag' })).toHaveValue('raids')
  await dialog.getByRole('button', { name: 'Remove tag' }).click()
  await expect(table.app.status('Removed “raids” from 2 sources')).toBeVisible()
  await expect(table.row(titles[0]!).getByRole('gridcell').nth(4)).toHaveText('')
  await expect(table.row(titles[4]!).getByRole('gridcell').nth(4)).toHaveText('raids')
})

test('the keyboard moves, extends and selects all', async ({ weft }) => {
  const table = new LibraryTable(weft.page)
  const titles = ['First source', 'Second source', 'Third source', 'Fourth source']
  await importTitles(table, weft.workDir, titles)
  await table.sortBy('Title')
  const sorted = ['First source', 'Fourth source', 'Second source', 'Third source']
  await table.expectTitles(sorted)
  const keyboard = weft.page.keyboard

  await table.row('First source').click()
  await keyboard.press('ArrowDown')
  await expect(table.row('Fourth source')).toHaveAttribute('aria-selected', 'true')
  await expect(table.row('First source')).toHaveAttribute('aria-selected', 'false')
  await expect(table.app.reader().getByRole('heading', { name: 'Fourth source' })).toBeVisible()
  await expect(table.grid).toHaveAttribute('aria-activedescendant', /source-row-/)

  await keyboard.press('Shift+ArrowDown')
  await keyboard.press('Shift+ArrowDown')
  await expect(table.bulkBar).toContainText('3 selected')
  await expect(table.row('First source')).toHaveAttribute('aria-selected', 'false')
  await keyboard.press('Shift+ArrowUp')
  await expect(table.bulkBar).toContainText('2 selected')

  await keyboard.press('Home')
  await expect(table.bulkBar).toBeHidden()
  await expect(table.row('First source')).toHaveAttribute('aria-selected', 'true')
  await keyboard.press('End')
  await expect(table.row('Third source')).toHaveAttribute('aria-selected', 'true')
  await expect(table.app.reader().getByRole('heading', { name: 'Third source' })).toBeVisible()

  await keyboard.press('ControlOrMeta+a')
  await expect(table.bulkBar).toContainText('4 selected')
  for (const title of titles) await expect(table.row(title)).toHaveAttribute('aria-selected', 'true')
})

test('bulk delete asks first, and is undone by the Undo button and by Ctrl+Z', async ({ weft }) => {
  const table = new LibraryTable(weft.page)
  await importTitles(table, weft.workDir, ['Keep this one', 'Delete me first', 'Delete me too'])

  await table.select('Delete me first', 'Delete me too')
  const deleteButton = table.bulk('Delete')
  await deleteButton.click()
  const confirm = table.alertDialog('Delete 2 sources?')
  await expect(confirm).toContainText('You can undo this until the library is closed.')
  const cancel = confirm.getByRole('button', { name: 'Cancel' })
  await expect(cancel).toBeFocused()
  // Focus stays inside the dialog.
  await weft.page.keyboard.press('Tab')
  await expect(confirm.getByRole('button', { name: 'Delete' })).toBeFocused()
  await weft.page.keyboard.press('Tab')
  await expect(cancel).toBeFocused()
  await weft.page.keyboard.press('Escape')
  await expect(confirm).toBeHidden()
  await expect(deleteButton).toBeFocused()
  await expect(table.rows()).toHaveCount(3)

  await deleteButton.click()
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expect(table.rows()).toHaveCount(1)
  await expect(table.app.statusBar).toContainText('1 source')
  const toast = table.app.status('Deleted 2 sources')
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(table.app.status('Undone: deleting 2 sources')).toBeVisible()
  await expect(table.rows()).toHaveCount(3)
  await expect(toast).toBeHidden()

  await table.select('Delete me first', 'Delete me too')
  await deleteButton.click()
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expect(table.rows()).toHaveCount(1)
  await expect(table.grid).toBeFocused()
  await weft.page.keyboard.press('ControlOrMeta+z')
  await expect(table.rows()).toHaveCount(3)
  await expect(table.row('Delete me too')).toBeVisible()
  await expect(table.app.status('Deleted 2 sources')).toBeHidden()
})

test('a long list stays virtualised: few rows in the page, all of them reachable', async ({ weft }) => {
  const table = new LibraryTable(weft.page)
  const titles = Array.from({ length: 80 }, (_, i) => `Field report number ${String(i + 1).padStart(2, '0')}`)
  await table.app.importByButton(...writeSources(weft.workDir, titles))
  await expect(table.app.status('Imported 80 sources')).toBeVisible()
  await expect(table.grid).toHaveAttribute('aria-rowcount', '81')
  expect(await table.rows().count()).toBeLessThan(50)

  // The newest source is open and stays in view after sorting; from there, Home and End.
  await table.sortBy('Title')
  await table.row('Field report number 80').click()
  await weft.page.keyboard.press('Home')
  const first = table.row('Field report number 01')
  await expect(first).toBeInViewport()
  await expect(first).toHaveAttribute('aria-rowindex', '2')
  await expect(table.row('Field report number 80')).toHaveCount(0)
  await weft.page.keyboard.press('End')
  const last = table.row('Field report number 80')
  await expect(last).toBeInViewport()
  await expect(last).toHaveAttribute('aria-rowindex', '81')
  await expect(last).toHaveAttribute('aria-selected', 'true')
  await expect(table.row('Field report number 01')).toHaveCount(0)
})

test('collections: make one, refuse a taken name, rename it, delete it after asking', async ({ weft }) => {
  const table = new LibraryTable(weft.page)
  await importTitles(table, weft.workDir, ['Coalition partner', 'Palmyra patrol'])
  await expect(table.filter('Collection')).toBeDisabled()
  await expect(table.filter('Collection')).toContainText('No collections yet')

  const opener = table.filters.getByRole('button', { name: 'Collections…' })
  await opener.click()
  const dialog = table.dialog('Collections')
  await expect(dialog.getByText('No collections yet.')).toBeVisible()
  const name = dialog.getByRole('textbox', { name: 'New collection' })
  await name.fill('Chapter 1')
  await name.press('Enter')
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Chapter 1' })).toContainText('0 sources')
  await name.fill('chapter 1')
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'A collection named “chapter 1” already exists. Choose another name.',
  )

  await dialog.getByRole('button', { name: 'Rename Chapter 1' }).click()
  const rename = dialog.getByRole('textbox', { name: 'New name for Chapter 1' })
  await rename.fill('Coalition membership')
  await rename.press('Enter')
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Coalition membership' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()
  await expect(
    table.filter('Collection').getByRole('option', { name: 'Coalition membership (0)' }),
  ).toBeAttached()

  await opener.click()
  await dialog.getByRole('button', { name: 'Delete Coalition membership' }).click()
  const confirm = table.alertDialog('Delete the collection “Coalition membership”?')
  await confirm.getByRole('button', { name: 'Delete collection' }).click()
  await expect(confirm).toBeHidden()
  await expect(dialog.getByText('No collections yet.')).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'New collection' })).toBeFocused()
  await weft.page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(table.rows()).toHaveCount(2)
})
