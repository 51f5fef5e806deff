// Renders resources/icon.svg to resources/icon.png (1024 × 1024, transparent corners) in headless
// Chromium; electron-builder derives the .ico, .icns and Linux sizes from that PNG.
//
// Usage: node scripts/render-icon.mjs
// Chromium: $WEFT_CHROMIUM, else Debian's /usr/bin/chromium, else Playwright's own browser.
import { chromium } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE = join(ROOT, 'resources', 'icon.svg')
const TARGET = join(ROOT, 'resources', 'icon.png')
const SIZE = 1024

function chromiumPath() {
  if (process.env.WEFT_CHROMIUM) return process.env.WEFT_CHROMIUM
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

async function render() {
  const executablePath = chromiumPath()
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-gpu'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 })
    // Inline the SVG (rather than navigating to file://) so its <use href> needs no origin.
    const svg = readFileSync(SOURCE, 'utf8').replace(/<svg\b/, `<svg style="display:block"`)
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
    )
    await page.screenshot({
      path: TARGET,
      omitBackground: true,
      clip: { x: 0, y: 0, width: SIZE, height: SIZE },
    })
  } finally {
    await browser.close()
  }
  console.log(`render-icon: wrote ${TARGET} (${SIZE}×${SIZE})`)
}

await render()
