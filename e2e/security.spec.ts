// The window never leaves Weft and never reaches the network: navigation,
// window.open and a fetch to another origin are all blocked.
import { expect, test } from './fixtures/weft-app'
import { WeftWindow } from './pages/weft-window'

test('navigation away from the app is blocked', async ({ weft }) => {
  const { page } = weft
  const before = page.url()
  await page.evaluate(() => {
    const link = document.createElement('a')
    link.href = 'https://example.com/'
    link.textContent = 'Outside link'
    document.querySelector('main')!.append(link)
  })
  await page.getByRole('link', { name: 'Outside link' }).click()
  await page.evaluate(() => window.location.assign('https://example.com/'))
  // The app still answers: the same document is live and the URL has not changed.
  await expect(new WeftWindow(page).rail).toBeVisible()
  expect(page.url()).toBe(before)
  expect(await page.evaluate(() => document.querySelector('main') !== null)).toBe(true)
})

test('window.open is refused', async ({ weft }) => {
  const opened = await weft.page.evaluate(() => window.open('https://example.com/', '_blank') === null)
  expect(opened).toBe(true)
  await expect.poll(() => weft.page.context().pages().length).toBe(1)
})

test('a fetch to another origin is blocked and no request leaves the machine', async ({ weft }) => {
  const outside: string[] = []
  weft.page.context().on('request', (request) => {
    const url = new URL(request.url())
    if (
      !['127.0.0.1', 'localhost'].includes(url.hostname) &&
      !['app:', 'data:', 'blob:'].includes(url.protocol)
    ) {
      outside.push(request.url())
    }
  })
  const outcome = await weft.page.evaluate(async () => {
    try {
      await fetch('https://example.com/beacon')
      return 'fetched'
    } catch (error) {
      return `blocked: ${(error as Error).name}`
    }
  })
  expect(outcome).toBe('blocked: TypeError')
  await weft.page.reload()
  await expect(new WeftWindow(weft.page).rail).toBeVisible()
  expect(outside).toEqual([])
})

test('the page has no Node and only the two-function bridge or none', async ({ weft }) => {
  const globals = await weft.page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    bridge: Object.keys((window as unknown as { weft?: object }).weft ?? {}).sort(),
  }))
  expect(globals.require).toBe('undefined')
  expect(globals.process).toBe('undefined')
  expect(globals.bridge).toEqual(weft.shell === 'desktop' ? ['call', 'on'] : [])
})

test('the desktop app checks spelling only where that downloads no dictionary', async ({ weft }) => {
  test.skip(weft.shell !== 'desktop', "spell checking is the desktop app's (Electron's) own setting")
  // Electron fetches Hunspell dictionaries from Google on Windows and Linux; macOS asks the system.
  const spelling = await weft.electronApp!.evaluate(({ session }) => ({
    platform: process.platform,
    enabled: session.defaultSession.isSpellCheckerEnabled(),
  }))
  expect(spelling.enabled).toBe(spelling.platform === 'darwin')
})
