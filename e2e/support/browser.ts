// Which Chromium the web shell tests drive: Playwright's own when installed,
// else the system's (Debian's /usr/bin/chromium), with the flags that keep a
// headless Chromium from reaching for the network.
import { chromium, type LaunchOptions } from '@playwright/test'
import { existsSync } from 'node:fs'

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export function chromiumExecutable(): string | undefined {
  if (process.env.WEFT_CHROMIUM) return process.env.WEFT_CHROMIUM
  try {
    if (existsSync(chromium.executablePath())) return undefined
  } catch {
    // Playwright's browser is not installed: fall through to the system's.
  }
  return SYSTEM_CHROMIUMS.find((path) => existsSync(path))
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumExecutable()
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-gpu',
    ],
  }
}
