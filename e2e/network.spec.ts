// The coordination network, on the sample library: ties recorded by dragging
// between actors, with the Add tie dialog and from an actor's page, the network as it stood in a
// period, an edge's evidence opened in its source, suggestions, metrics,
// period comparison and saved views.
import { expect, test } from './fixtures/weft-app'
import { ActorsPage } from './pages/actors-page'
import { NetworkView } from './pages/network-view'

test('draw a tie by dragging from one actor to another', async ({ weft }) => {
  const network = new NetworkView(weft.page)
  await network.openSample()
  await expect(network.summary()).toHaveText('22 actors · 24 ties')

  await network.view.getByRole('button', { name: 'Draw ties' }).click()
  await expect(network.view.getByRole('button', { name: 'Draw ties' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await network.dragFromTo('France', 'Germany')

  const dialog = weft.page.getByRole('dialog', { name: 'Add tie' })
  await expect(dialog.getByRole('combobox', { name: 'From actor' })).toHaveValue('France')
  await expect(dialog.getByRole('combobox', { name: 'To actor' })).toHaveValue('Germany')
  await dialog.getByLabel('Type').selectOption('coordination')
  await dialog.getByLabel('Start date').fill('2025-04')
  // The passage naming France, Germany and Saudi Arabia is offered as evidence.
  await dialog.getByRole('checkbox', { name: /France, Germany and Saudi Arabia pushed Damascus/ }).check()
  await dialog.getByRole('button', { name: 'Save tie' }).click()

  await expect(dialog).toBeHidden()
  await expect(network.summary()).toHaveText('22 actors · 25 ties')
  const panel = network.side(/France – Germany|Germany – France/)
  await expect(panel.getByRole('article')).toHaveCount(1)
  await expect(panel.getByRole('article')).toContainText('coordination')
  await expect(panel.getByRole('article')).toContainText('April 2025')
  await expect(panel.getByRole('blockquote')).toContainText(
    'France, Germany and Saudi Arabia pushed Damascus',
  )
})

test('record a tie with the Add tie dialog, picking actors by name and the evidence', async ({ weft }) => {
  const network = new NetworkView(weft.page)
  await network.openSample()
  await network.view.getByRole('button', { name: 'Add tie…' }).click()
  const dialog = weft.page.getByRole('dialog', { name: 'Add tie' })

  // Nothing chosen yet: the dialog says what is missing.
  await dialog.getByRole('button', { name: 'Save tie' }).click()
  await expect(dialog.getByText('Choose the actor the tie starts from.')).toBeVisible()

  const from = dialog.getByRole('combobox', { name: 'From actor' })
  await from.fill('cjtf')
  await dialog.getByRole('option', { name: /CJTF-OIR/ }).click()
  const to = dialog.getByRole('combobox', { name: 'To actor' })
  await to.fill('daesh')
  await to.press('ArrowDown')
  await to.press('Enter')
  await expect(to).toHaveValue('Islamic State')
  await dialog.getByLabel('Type').selectOption('counter-terrorism action')
  await expect(dialog.getByRole('checkbox', { name: 'Directed (from → to)' })).toBeChecked()
  await dialog.getByLabel('Start date').fill('2025-11')
  await dialog.getByLabel('End date').fill('2025-02')
  await dialog.getByRole('button', { name: 'Save tie' }).click()
  await expect(dialog.getByText(/ends \(2025-02\) before it starts \(2025-11\)/)).toBeVisible()
  await dialog.getByRole('checkbox', { name: 'Still holds' }).check()
  await dialog.getByLabel('Status').selectOption('alleged')
  await dialog
    .getByRole('checkbox', { name: /leads the military side through Combined Joint Task Force/ })
    .check()
  await dialog.getByRole('button', { name: 'Save tie' }).click()

  await expect(dialog).toBeHidden()
  await expect(network.summary()).toHaveText('22 actors · 25 ties')
  const panel = network.side('CJTF-OIR → Islamic State')
  await expect(panel.getByRole('article')).toContainText('since November 2025')
  await expect(panel.getByRole('article')).toContainText('alleged, medium confidence')
  await expect(panel.getByRole('blockquote')).toContainText(
    'Combined Joint Task Force - Operation Inherent Resolve',
  )
})

test('record a tie from an actor’s page, with the actor as its first end', async ({ weft }) => {
  const network = new NetworkView(weft.page)
  await network.openSample()
  const actors = new ActorsPage(weft.page)
  await actors.open()
  await actors.actor(/^Germany/).click()
  const page = actors.actorPage('Germany')
  const ties = page.getByRole('region', { name: /^Ties/ })
  const before = Number((await ties.getByRole('heading').textContent())?.replace(/\D/g, ''))

  await ties.getByRole('button', { name: 'Add tie…' }).click()
  const dialog = weft.page.getByRole('dialog', { name: 'Add tie' })
  await expect(dialog.getByRole('combobox', { name: 'From actor' })).toHaveValue('Germany')
  const to = dialog.getByRole('combobox', { name: 'To actor' })
  await to.fill('Saudi')
  await dialog.getByRole('option', { name: /Saudi Arabia/ }).click()
  await dialog.getByLabel('Type').selectOption('support or advocacy')
  await dialog.getByLabel('Start date').fill('2025-05')
  await dialog.getByRole('button', { name: 'Save tie' }).click()

  await expect(dialog).toBeHidden()
  await expect(ties.getByRole('heading')).toContainText(String(before + 1))
  await expect(ties.getByRole('listitem').filter({ hasText: 'Saudi Arabia' })).toContainText(
    'support or advocacy',
  )
  await expect(ties.getByRole('listitem').filter({ hasText: 'Saudi Arabia' })).toContainText('May 2025')
})

test('find an actor, focus on its neighbourhood one and two steps out, then show everyone', async ({
  weft,
}) => {
  const network = new NetworkView(weft.page)
  await network.openSample()
  const find = network.view.getByRole('combobox', { name: 'Find actor' })
  await find.fill('Jordan')
  await weft.page.getByRole('option', { name: /^Jordan/ }).click()

  const panel = network.side('Jordan')
  const neighbourhood = panel.getByRole('group', { name: 'Neighbourhood' })
  await neighbourhood.getByRole('button', { name: 'Neighbours' }).click()
  await expect(neighbourhood.getByRole('button', { name: 'Neighbours' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(network.view.getByText('Showing Jordan and the actors tied to it.')).toBeVisible()
  // Jordan and the Amman joint operations centre it belongs to.
  await expect(network.summary()).toHaveText('2 actors · 1 tie')

  await neighbourhood.getByRole('button', { name: '2 steps away' }).click()
  await expect(network.view.getByText('Showing Jordan and the actors up to two steps away.')).toBeVisible()
  await expect(network.summary()).toHaveText(/^[3-9] actors · \d+ ties$/)

  await network.view.getByRole('button', { name: 'Show everyone' }).click()
  await expect(network.summary()).toHaveText('22 actors · 24 ties')
})

test('show the network as it stood in a period', async ({ weft }) => {
  const network = new NetworkView(weft.page)
  await network.openSample()
  const period = network.view.getByRole('group', { name: 'Period' })
  await period.getByLabel('From').fill('2025-03')
  await period.getByLabel('To').fill('2025-05')
  await period.getByLabel('To').press('Enter')
  // Spring 2025: the Amman centre, the European and Saudi push, and what held since before.
  await expect(network.summary()).toHaveText('20 actors · 15 ties')
  await expect(period.getByRole('slider', { name: 'Start of the period' })).toHaveAttribute(
    'aria-valuetext',
    'March 2025',
  )
  await expect(period.getByRole('slider', { name: 'End of the period' })).toHaveAttribute(
    'aria-valuetext',
    'May 2025',
  )

  await network.view.getByRole('checkbox', { name: 'Undated ties' }).uncheck()
  await expect(network.summary()).toHaveText('16 actors · 13 ties')

  // Moving the end of the period with the keyboard: June brings the US demand about foreign fighters.
  await period.getByRole('slider', { name: 'End of the period' }).press('ArrowRight')
  await expect(period.getByRole('slider', { name: 'End of the period' })).toHaveAttribute(
    'aria-valuetext',
    'June 2025',
  )
  await expect(network.summary()).toHaveText('16 actors · 14 ties')

  await period.getByRole('button', { name: 'All dates' }).click()
  await network.view.getByRole('checkbox', { name: 'Undated ties' }).check()
  await expect(network.summary()).toHaveText('22 actors · 24 ties')
})

test('click an edge, read its evidence and jump to the passage in its source', async ({ weft }) => {
  const network = new NetworkView(weft.page)
  await network.openSample()
  await network.clickTie('US Central Command', 'Syrian Interior Ministry', 'joint operation')

  const panel = network.side(/Syrian Interior Ministry – US Central Command/)
  await expect(panel).toContainText('joint operation · 1 tie · 2 evidence passages')
  await expect(panel.getByRole('article')).toContainText('November 24, 2025 – November 27, 2025')
  const quotes = panel.getByRole('listitem')
  await expect(quotes).toHaveCount(2)
  await expect(quotes.first()).toContainText('أعلنت وزارة الداخلية السورية')
  const english = quotes.filter({ hasText: 'destroyed more than 15 Islamic State weapons depots' })
  await expect(english).toContainText(
    'CENTCOM and Syrian Interior Ministry destroy weapons depots in the south',
  )
  await english.getByRole('button', { name: 'Open in source' }).click()

  const reader = weft.page.getByRole('article', {
    name: /^Reader: CENTCOM and Syrian Interior Ministry destroy weapons depots/,
  })
  await expect(reader).toBeVisible()
  await expect
    .poll(() =>
      weft.page.evaluate(() =>
        [...(CSS.highlights.get('weft-target') ?? [])].map((range) => range.toString()),
      ),
    )
    .toEqual([
      'US Central Command said its forces and the Syrian Interior Ministry destroyed more than 15 Islamic State weapons depots in southern Syria between 24 and 27 November.',
    ])
})

test('delete a tie from its edge, and bring it back with Ctrl+Z', async ({ weft }) => {
  const network = new NetworkView(weft.page)
  await network.openSample()
  await network.clickTie('US Central Command', 'Syrian Interior Ministry', 'joint operation')
  const panel = network.side(/Syrian Interior Ministry – US Central Command/)
  await panel.getByRole('article').getByRole('button', { name: 'Delete' }).click()
  await expect(
    weft.page.getByRole('status').filter({ hasText: 'Deleted the joint operation tie' }),
  ).toBeVisible()
  await expect(network.summary()).toHaveText('22 actors · 23 ties')

  await weft.page.keyboard.press('ControlOrMeta+z')
  await expect(
    weft.page.getByRole('status').filter({ hasText: 'Undone: deleting the joint operation tie' }),
  ).toBeVisible()
  await expect(network.summary()).toHaveText('22 actors · 24 ties')
})

test('accept, edit and reject tie suggestions', async ({ weft }) => {
  const network = new NetworkView(weft.page)
  await network.openSample()
  const button = network.view.getByRole('button', { name: /^Suggestions \(\d+\)$/ })
  await button.click()
  const panel = network.side('Tie suggestions')
  const count = async () => Number((await button.textContent())!.match(/\((\d+)\)/)![1])
  const before = await count()
  expect(before).toBeGreaterThan(3)

  const coordination = panel.getByRole('listitem', {
    name: 'Suggested tie: General Security Directorate coordination International Coalition against the Islamic State',
  })
  await expect(coordination.getByRole('blockquote')).toContainText('بالتنسيق مع شركاء التحالف الدولي')
  await coordination.getByRole('button', { name: 'Accept' }).click()
  await expect(coordination).toBeHidden()
  await expect(network.summary()).toHaveText('22 actors · 25 ties')

  const pushed = panel.getByRole('listitem', { name: 'Suggested tie: France pressure or demand Syria' })
  await pushed.getByRole('button', { name: 'Edit…' }).click()
  const dialog = weft.page.getByRole('dialog', { name: 'Accept suggested tie' })
  await dialog.getByLabel('Type').selectOption('support or advocacy')
  await dialog.getByLabel('Start date').fill('2025-03')
  await dialog.getByRole('button', { name: 'Save tie' }).click()
  await expect(dialog).toBeHidden()
  await expect(network.summary()).toHaveText('22 actors · 26 ties')
  // Back in the list: the edited suggestion is gone.
  await expect(pushed).toBeHidden()

  const left = await count()
  expect(left).toBeLessThan(before)
  const joint = panel.getByRole('listitem').filter({ hasText: 'joint body' }).first()
  await joint.getByRole('button', { name: 'Reject' }).click()
  await expect(button).toHaveText(`Suggestions (${left - 1})`)
  await expect(network.summary()).toHaveText('22 actors · 26 ties')
})

test('metrics in a sortable table, and two periods compared', async ({ weft }) => {
  const network = new NetworkView(weft.page)
  await network.openSample()
  await network.view.getByRole('button', { name: 'Metrics', exact: true }).click()
  const metrics = network.side('Metrics')
  await expect(metrics.getByRole('status')).toContainText('22 actors')
  const table = metrics.getByRole('table')
  await expect(table.getByRole('columnheader', { name: 'Betweenness' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await expect(table.getByRole('rowheader').first()).toHaveText('Syria')
  await table.getByRole('button', { name: 'Actor' }).click()
  await expect(table.getByRole('columnheader', { name: 'Actor' })).toHaveAttribute('aria-sort', 'ascending')
  await expect(table.getByRole('rowheader').first()).toHaveText('Ahmed al-Sharaa')
  await network.view.getByLabel('Size by').selectOption('betweenness')
  await network.view.getByLabel('Colour by').selectOption('community')

  await network.view.getByRole('button', { name: 'Compare periods' }).click()
  const compare = network.side('Compare periods')
  const fill = async (period: string, from: string, to: string) => {
    const group = compare.getByRole('group', { name: period })
    await group.getByLabel('From').fill(from)
    await group.getByLabel('To').fill(to)
    await group.getByLabel('To').blur()
  }
  await fill('Period A', '2025-01', '2025-06')
  await fill('Period B', '2025-07', '2025-12')
  await expect(compare.getByRole('region', { name: 'Appeared in B' })).toContainText(
    'Syria → International Coalition against the Islamic State',
  )
  await expect(compare.getByRole('region', { name: 'Ended after A' })).toContainText('France → Syria')
  await expect(compare.getByRole('region', { name: 'Held in both' })).toContainText(
    'Syria – Amman joint operations centre',
  )
})

test('save a view and come back to it', async ({ weft }) => {
  const network = new NetworkView(weft.page)
  await network.openSample()
  const period = network.view.getByRole('group', { name: 'Period' })
  await period.getByLabel('From').fill('2025-03')
  await period.getByLabel('To').fill('2025-05')
  await period.getByLabel('To').press('Enter')
  await network.view.getByLabel('Layout', { exact: true }).selectOption('circle')
  await network.settled()
  await network.view.getByRole('button', { name: 'Save view…' }).click()
  const dialog = weft.page.getByRole('dialog', { name: 'Save view' })
  await dialog.getByLabel('Name').fill('Spring 2025')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(network.view.getByLabel('View', { exact: true })).toHaveValue(/\d+/)
  const franceBefore = await network.actorAt('France')

  await period.getByRole('button', { name: 'All dates' }).click()
  await network.view.getByLabel('View', { exact: true }).selectOption('Unsaved view')
  await network.view.getByLabel('Layout', { exact: true }).selectOption('grid')
  await network.settled()
  await expect(network.summary()).toHaveText('22 actors · 24 ties')

  await network.view.getByLabel('View', { exact: true }).selectOption('Spring 2025')
  await expect(network.summary()).toHaveText('20 actors · 15 ties')
  await expect(period.getByLabel('From')).toHaveValue('2025-03')
  await expect(network.view.getByLabel('Layout', { exact: true })).toHaveValue('circle')
  const franceAfter = await network.actorAt('France')
  // The actors are back where the view kept them (the drawing is fitted the same way).
  expect(Math.abs(franceAfter.x - franceBefore.x)).toBeLessThan(2)
  expect(Math.abs(franceAfter.y - franceBefore.y)).toBeLessThan(2)
})
