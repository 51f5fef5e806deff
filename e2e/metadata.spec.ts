// A researcher fills in a source's details: every field, saved with the
// keyboard, still there after a reload; a date that is not on the calendar is
// refused where it was typed and nothing is saved.
import { expect, test } from './fixtures/weft-app'
import { DetailsEditor } from './pages/details-editor'
import { LibraryTable } from './pages/library-table'
import { COALITION_ARTICLE, writeFile } from './support/sample-files'

const TITLE = 'Syria joins the coalition against the Islamic State'

async function importArticle(table: LibraryTable, dir: string): Promise<void> {
  await table.importSources([writeFile(dir, 'syria-joins-coalition.txt', COALITION_ARTICLE)], [TITLE])
}

async function makeCollection(table: LibraryTable, name: string): Promise<void> {
  await table.filters.getByRole('button', { name: 'Collections…' }).click()
  const dialog = table.dialog('Collections')
  await dialog.getByRole('textbox', { name: 'New collection' }).fill(name)
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(dialog.getByRole('listitem').filter({ hasText: name })).toBeVisible()
  await dialog.getByRole('button', { name: 'Done' }).click()
}

test('edit every field, save with Enter, and find it all again after a reload', async ({ weft }) => {
  const table = new LibraryTable(weft.page)
  const editor = new DetailsEditor(weft.page)
  await importArticle(table, weft.workDir)
  await makeCollection(table, 'Coalition membership')
  await makeCollection(table, 'Chapter 2')

  await editor.open()
  await expect(editor.field('Title')).toBeFocused()
  await expect(editor.dialog.getByText('No tags yet')).toBeVisible()
  await editor.fill({
    title: 'Syria becomes the coalition’s 90th partner',
    authors: ['Jane Doe', 'Omar Haddad'],
    publisher: 'Al-Monitor',
    publishedDate: '2025-11-10',
    url: 'https://www.al-monitor.example/syria-coalition',
    language: 'en',
    kind: 'Report',
    addTags: ['coalition'],
    collections: ['Coalition membership'],
  })
  // A comma adds a tag too; a chip's button takes one away.
  await editor.tagInput().pressSequentially('membership,')
  await editor.tagInput().fill('typo')
  await editor.tagInput().press('Enter')
  await editor.dialog.getByRole('button', { name: 'Remove tag typo' }).click()
  await expect(
    editor.dialog.getByRole('list', { name: 'Tags on this source' }).getByRole('listitem'),
  ).toHaveText(['coalition', 'membership'])
  await editor.field('URL').press('Enter')
  await expect(editor.dialog).toBeHidden()

  const row = table.row('Syria becomes the coalition’s 90th partner')
  const expectRow = async () => {
    await expect(row.getByRole('gridcell')).toHaveText([
      'Syria becomes the coalition’s 90th partner',
      'Al-Monitor',
      '2025-11-10',
      'Report',
      'coalition+1',
      '0',
    ])
  }
  await expectRow()
  await expect(row.getByRole('gridcell').nth(4)).toHaveAccessibleName('coalition, membership')
  const details = weft.page.getByRole('group', { name: 'Details of the open source' })
  await expect(details).toHaveText(['Report', 'en', 'al-monitor.example', 'In Coalition membership'].join(''))

  await weft.page.reload()
  await expectRow()
  await row.click()
  await editor.open()
  await expect(editor.field('Title')).toHaveValue('Syria becomes the coalition’s 90th partner')
  await expect(editor.field('Author 1')).toHaveValue('Jane Doe')
  await expect(editor.field('Author 2')).toHaveValue('Omar Haddad')
  await expect(editor.field('Publisher')).toHaveValue('Al-Monitor')
  await expect(editor.field('Published')).toHaveValue('2025-11-10')
  await expect(editor.field('URL')).toHaveValue('https://www.al-monitor.example/syria-coalition')
  await expect(editor.field('Language')).toHaveValue('en')
  await expect(editor.field('Kind')).toHaveValue('report')
  await expect(editor.dialog.getByRole('checkbox', { name: 'Coalition membership' })).toBeChecked()
  await expect(editor.dialog.getByRole('checkbox', { name: 'Chapter 2' })).not.toBeChecked()

  // Take an author and a tag away, move to the other collection, change the date's precision; Ctrl+S saves.
  await editor.dialog.getByRole('button', { name: 'Remove author 1 (Jane Doe)' }).click()
  await editor.dialog.getByRole('button', { name: 'Remove tag coalition' }).click()
  await editor.dialog.getByRole('checkbox', { name: 'Coalition membership' }).uncheck()
  await editor.dialog.getByRole('checkbox', { name: 'Chapter 2' }).check()
  await editor.field('Published').fill('2025-11')
  await weft.page.keyboard.press('ControlOrMeta+s')
  await expect(editor.dialog).toBeHidden()
  await expect(row.getByRole('gridcell').nth(2)).toHaveText('2025-11')
  await expect(row.getByRole('gridcell').nth(4)).toHaveText('membership')

  await weft.page.reload()
  await table.filter('Collection').selectOption({ label: 'Chapter 2 (1)' })
  await expect(table.rows()).toHaveCount(1)
  await expect(details).toContainText('In Chapter 2')
})

test('an impossible date is refused in the field with the reason, and nothing is saved', async ({ weft }) => {
  const table = new LibraryTable(weft.page)
  const editor = new DetailsEditor(weft.page)
  await importArticle(table, weft.workDir)
  await table.row(TITLE).click()

  await weft.page.keyboard.press('ControlOrMeta+e')
  await expect(editor.dialog).toBeVisible()
  await editor.field('Publisher').fill('Enab Baladi')
  await editor.field('Published').fill('2025-02-30')
  await weft.page.keyboard.press('ControlOrMeta+s')
  const published = editor.field('Published')
  await expect(published).toHaveAttribute('aria-invalid', 'true')
  await expect(published).toHaveAccessibleDescription(
    'Use a year, a month or a day: 2025, 2025-11 or 2025-11-24',
  )
  await expect(published).toBeFocused()
  await expect(editor.dialog).toBeVisible()

  await weft.page.keyboard.press('Escape')
  await expect(editor.dialog).toBeHidden()
  await expect(table.grid).toBeFocused()
  await expect(table.row(TITLE).getByRole('gridcell').nth(1)).toHaveText('')
  await weft.page.reload()
  await expect(table.row(TITLE).getByRole('gridcell').nth(1)).toHaveText('')
  await expect(table.row(TITLE).getByRole('gridcell').nth(2)).toHaveText('')

  // Fixed, the same edit goes through.
  await table.row(TITLE).click()
  await editor.open()
  await editor.field('Publisher').fill('Enab Baladi')
  await editor.field('Published').fill('2024-02-29')
  await editor.save()
  await expect(table.row(TITLE).getByRole('gridcell').nth(2)).toHaveText('2024-02-29')
  await expect(table.row(TITLE).getByRole('gridcell').nth(1)).toHaveText('Enab Baladi')
})

test('an empty title is refused, and Cancel leaves the source as it was', async ({ weft }) => {
  const table = new LibraryTable(weft.page)
  const editor = new DetailsEditor(weft.page)
  await importArticle(table, weft.workDir)

  await editor.open()
  await editor.field('Title').fill('   ')
  await editor.dialog.getByRole('button', { name: 'Save' }).click()
  await expect(editor.field('Title')).toHaveAccessibleDescription('A source needs a title.')
  await editor.field('Kind').selectOption({ label: 'Interview' })
  await editor.dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(editor.dialog).toBeHidden()
  await expect(weft.page.getByRole('button', { name: 'Edit details' })).toBeFocused()
  await expect(table.row(TITLE).getByRole('gridcell').nth(3)).toHaveText('Other')
})
