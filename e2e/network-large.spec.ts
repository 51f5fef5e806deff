// A network past the drawing budget (more than 2,000 actors): the view draws
// its strongest ties, says so, and draws everything when asked. The library is
// filled through the app's own calls, the ones the Add actor and Add tie
// dialogs make, so that the test does not spend minutes on clicks.
import { expect, test } from './fixtures/weft-app'
import { NetworkView } from './pages/network-view'
import { coreCalls } from './support/core-call'

const ACTORS = 2_050
const TIES = 2_100

test('a network too large to draw whole shows its strongest ties, and all of them on request', async ({
  weft,
}) => {
  test.setTimeout(240_000)
  const actors = await coreCalls<{ id: number }>(
    weft.page,
    'entities:create',
    Array.from({ length: ACTORS }, (_, index) => ({ name: `Brigade ${index + 1}`, type: 'armed group' })),
  )
  const ids = actors.map((actor) => actor.id)
  // A chain through every actor, and a few ties more from the first ones.
  const ties = Array.from({ length: TIES }, (_, index) => {
    const chained = index < ACTORS - 1
    return {
      fromId: ids[index % ACTORS]!,
      toId: ids[chained ? index + 1 : (index * 7 + 3) % ACTORS]!,
      type: 'joint operation',
    }
  })
  await coreCalls(weft.page, 'ties:create', ties)

  const network = new NetworkView(weft.page)
  await network.open()
  await expect(network.summary()).toHaveText('2,050 actors · 2,100 ties', { timeout: 60_000 })
  await expect(network.drawing).toHaveAttribute('data-layout', 'done', { timeout: 120_000 })

  const note = network.view.getByRole('status').filter({ hasText: /strongest|Drawing all/ })
  await expect(note).toContainText(/Showing the [\d,]+ strongest of 2,100 ties and 1,500 of 2,050 actors/)
  await expect(note).toContainText('Counts, metrics and exports cover them all.')
  await expect(network.drawing).toHaveAccessibleName(
    /^Network drawing: 2,050 actors and 2,100 ties, the [\d,]+ strongest ties drawn\./,
  )

  await note.getByRole('button', { name: 'Draw all (slow)' }).click()
  await expect(note).toContainText(
    'Drawing all 2,100 ties: each change of filter or period can freeze the window for seconds.',
  )
  await expect(network.drawing).toHaveAccessibleName(/^Network drawing: 2,050 actors and 2,100 ties\. Find/, {
    timeout: 120_000,
  })

  await note.getByRole('button', { name: 'Draw the strongest only' }).click()
  await expect(note).toContainText(/Showing the [\d,]+ strongest of 2,100 ties/)
  await expect(network.drawing).toHaveAccessibleName(/the [\d,]+ strongest ties drawn\./)
})
