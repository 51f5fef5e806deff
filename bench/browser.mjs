// Launches Chromium through Playwright: Playwright's own build when it is
// installed, else the system's /usr/bin/chromium.
import { chromium } from '@playwright/test'
import { existsSync } from 'node:fs'

export function chromiumExecutable() {
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own)) return own
  } catch {
    // Playwright's browser is not installed: use the system's.
  }
  return '/usr/bin/chromium'
}

export async function launchChromium() {
  const executablePath = chromiumExecutable()
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
  return { browser, executablePath, version: browser.version() }
}
