// Takes the README's screenshots from the running renderer (web shell): a
// library made from resources/samples, in light and dark, and the first run.
// Run after `npm run build`: `node scripts/screenshots.mjs`.
import { chromium } from '@playwright/test'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const outDir = join(root, 'docs', 'screenshots')
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))

function startShell(library) {
  const child = spawn(process.execPath, [
    join(root, 'out/main/serve.js'),
    '--library',
    library,
    '--port',
    '0',
  ])
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output)?.[0]
      if (url) resolve({ url, stop: () => child.kill('SIGTERM') })
    })
    child.once('exit', (code) => reject(new Error(`web shell exited with ${code}`)))
  })
}

async function shoot(browser, url, file, colorScheme, prepare) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    colorScheme,
    deviceScaleFactor: 1,
  })
  await page.goto(url)
  await page.getByRole('navigation', { name: 'Main' }).waitFor()
  if (prepare) await prepare(page)
  await page.screenshot({ path: join(outDir, file) })
  await page.close()
}

const work = mkdtempSync(join(tmpdir(), 'weft-shots-'))
const browser = await chromium.launch({
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: ['--disable-gpu'],
})
try {
  mkdirSync(outDir, { recursive: true })
  const empty = await startShell(join(work, 'Empty.weft'))
  await shoot(browser, empty.url, 'first-run.png', 'light')
  empty.stop()

  const library = join(work, 'Syria security cooperation.weft')
  const weft = (...args) =>
    execFileSync(process.execPath, [join(root, 'out/main/cli.js'), '--library', library, ...args])
  weft('init')
  weft('import', join(root, 'resources/samples'))
  const shell = await startShell(library)
  const openSample = (page) =>
    page
      .getByRole('row', { name: /Syria becomes the 90th partner/ })
      .click()
      .then(() => page.getByRole('article').waitFor())
  await shoot(browser, shell.url, 'library.png', 'light', openSample)
  await shoot(browser, shell.url, 'library-dark.png', 'dark', openSample)
  await shoot(browser, shell.url, 'reader-arabic.png', 'light', (page) =>
    page
      .getByRole('row', { name: /بيان وزارة الداخلية/ })
      .click()
      .then(() => page.getByRole('article').waitFor()),
  )
  shell.stop()
  console.log(`Screenshots written to ${outDir}`)
} finally {
  await browser.close()
  rmSync(work, { recursive: true, force: true })
}
