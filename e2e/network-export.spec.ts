// Exporting the network in every format, as the view shows it or whole: the
// files arrive as downloads and hold what the network holds.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/weft-app'
import { NetworkView } from './pages/network-view'

/** Exports in a format (by its label in the dialog) and returns the file's name and bytes. */
async function exportAs(page: Page, format: RegExp, options: { scale?: string; whole?: boolean } = {}) {
  await page.getByRole('region', { name: 'Network' }).getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the network' })
  await dialog.getByRole('radio', { name: format }).check()
  if (options.scale)
    await dialog
      .getByRole('radiogroup', { name: 'Picture size' })
      .getByRole('radio', { name: options.scale })
      .check()
  if (options.whole) await dialog.getByRole('radio', { name: 'The whole network' }).check()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export' }).click()
  const file = await download
  await expect(dialog).toBeHidden()
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) }
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length

test('export the network in every format, filtered or whole', async ({ weft }) => {
  const { page } = weft
  const network = new NetworkView(page)
  await network.openSample()
  // Only what held in the second half of 2025, without undated ties.
  const period = network.view.getByRole('group', { name: 'Period' })
  await period.getByLabel('From').fill('2025-07')
  await period.getByLabel('To').fill('2025-12')
  await period.getByLabel('To').press('Enter')
  await network.view.getByRole('checkbox', { name: 'Undated ties' }).uncheck()
  await expect(network.summary()).toHaveText('16 actors · 18 ties')
  await network.settled()

  const png = await exportAs(page, /^PNG picture/, { scale: '4×' })
  expect(png.name).toBe('Sample Library network @4x.png')
  expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
  const width = png.bytes.readUInt32BE(16)
  const small = await exportAs(page, /^PNG picture/, { scale: '1×' })
  expect(width).toBeGreaterThan(3 * small.bytes.readUInt32BE(16))

  const svg = (await exportAs(page, /^SVG picture/)).bytes.toString('utf8')
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"')
  expect(count(svg, /<text x=/g)).toBe(16)
  expect(svg).toContain('>Syrian Interior Ministry</text>')
  expect(svg).toContain('stroke-dasharray="6 4"') // The alleged attack near Palmyra.

  const graphml = await exportAs(page, /^GraphML/)
  expect(graphml.name).toBe('Sample Library network.graphml')
  expect(count(graphml.bytes.toString('utf8'), /<node id=/g)).toBe(16)
  expect(count(graphml.bytes.toString('utf8'), /<edge id=/g)).toBe(18)
  const whole = (await exportAs(page, /^GraphML/, { whole: true })).bytes.toString('utf8')
  // The whole network: every actor (those without ties too) and every tie.
  expect(count(whole, /<node id=/g)).toBe(25)
  expect(count(whole, /<edge id=/g)).toBe(24)

  const gexf = (await exportAs(page, /^GEXF/)).bytes.toString('utf8')
  expect(count(gexf, /<edge id=/g)).toBe(18)
  expect(gexf).toContain('<spell start="2025-11-24" end="2025-11-27"/>')

  const csv = await exportAs(page, /^CSV/)
  expect(csv.name).toBe('Sample Library network.csv.zip')
  expect(csv.bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  expect(csv.bytes.toString('latin1')).toContain('nodes.csv')
  expect(csv.bytes.toString('latin1')).toContain('edges.csv')

  const cyjs = JSON.parse((await exportAs(page, /^Cytoscape\.js JSON/)).bytes.toString('utf8'))
  expect(cyjs.elements.nodes).toHaveLength(16)
  expect(cyjs.elements.edges).toHaveLength(18)
  expect(cyjs.elements.nodes[0].position).toEqual({ x: expect.any(Number), y: expect.any(Number) })

  const ftm = (await exportAs(page, /^FollowTheMoney/)).bytes.toString('utf8').trim().split('\n')
  expect(ftm).toHaveLength(16 + 18)
  expect(ftm.map((line) => JSON.parse(line).schema)).toContain('Membership')
})
