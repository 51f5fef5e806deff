// Takes the README's screenshots from the running renderer (web shell), on the
// sample library that Help > Open Sample Library builds: the library and the
// reader with its passages (light and dark), an Arabic source, an actor's
// page, the sample note, the network, and the first run on an empty library.
// Run after `npm run build`: `node scripts/screenshots.mjs` (WEFT_OUT_DIR picks a build).
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const built = join(root, process.env.WEFT_OUT_DIR ?? 'out')
const outDir = join(root, 'docs', 'screenshots')
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))

function startShell(library) {
  const child = spawn(process.execPath, [join(built, 'main/serve.js'), '--library', library, '--port', '0'])
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
  // Let fonts, highlights and the network's drawing finish before the picture.
  await page.evaluate(async () => {
    await globalThis.document.fonts.ready
    await new Promise((resolve) =>
      globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve)),
    )
  })
  await page.screenshot({ path: join(outDir, file) })
  await page.close()
  console.log(`  ${file}`)
}

const goTo = (page, view) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view }).click()

const openSource = (title) => async (page) => {
  await page.getByRole('row', { name: title }).click()
  await page.getByRole('article', { name: /^Reader:/ }).waitFor()
  await page.locator('.reader-text p').first().waitFor()
}

async function openActor(page) {
  await goTo(page, 'Actors')
  await page
    .getByRole('listbox', { name: 'Actors' })
    .getByRole('option', { name: /^Syrian Interior Ministry/ })
    .click()
  await page.getByRole('article', { name: /^Actor: Syrian Interior Ministry/ }).waitFor()
}

async function openNote(page) {
  await goTo(page, 'Notes')
  await page
    .getByRole('list', { name: 'Notes' })
    .getByRole('button', { name: /Why the Interior Ministry/ })
    .click()
  await page.getByRole('textbox', { name: 'Note text' }).waitFor()
}

async function openNetwork(page) {
  await goTo(page, 'Network')
  await page
    .getByRole('status')
    .filter({ hasText: /actors · \d+ ties/ })
    .first()
    .waitFor()
  await page.locator('[role="img"][data-layout="done"]').waitFor({ timeout: 60_000 })
}

const work = mkdtempSync(join(tmpdir(), 'weft-shots-'))
const browser = await chromium.launch({
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: ['--disable-gpu'],
})
let shell
try {
  mkdirSync(outDir, { recursive: true })
  shell = await startShell(join(work, 'My library.weft'))
  await shoot(browser, shell.url, 'first-run.png', 'light')

  // What a new user does: Network > Open Sample Library, which builds it beside the open library.
  const first = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await first.goto(shell.url)
  await goTo(first, 'Network')
  await first.getByRole('button', { name: 'Open Sample Library' }).click()
  await first
    .getByRole('status')
    .filter({ hasText: /actors · \d+ ties/ })
    .first()
    .waitFor({ timeout: 60_000 })
  await first.close()

  const syriaJoins = openSource(/Syria becomes the 90th partner/)
  await shoot(browser, shell.url, 'library.png', 'light', syriaJoins)
  await shoot(browser, shell.url, 'library-dark.png', 'dark', syriaJoins)
  await shoot(browser, shell.url, 'reader-arabic.png', 'light', openSource(/بيان وزارة الداخلية/))
  await shoot(browser, shell.url, 'actor.png', 'light', openActor)
  await shoot(browser, shell.url, 'note.png', 'light', openNote)
  await shoot(browser, shell.url, 'network.png', 'light', openNetwork)
  await shoot(browser, shell.url, 'network-dark.png', 'dark', openNetwork)
  console.log(`Screenshots written to ${outDir}`)
} finally {
  // Stopped whatever happened, so a failed shot leaves no web shell running.
  shell?.stop()
  await browser.close()
  rmSync(work, { recursive: true, force: true })
}
