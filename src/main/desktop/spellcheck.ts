// Spell checking that never reaches the network. On macOS Chromium asks the
// system's own spellchecker. On Windows and Linux Electron checks spelling with
// Hunspell and, the first time it checks a language, downloads that language's
// dictionary from Google's servers. Weft makes no network request, so there the
// spellchecker stays off (README, "Security").
import type { Session } from 'electron'

/** Whether Electron checks spelling on this platform without downloading anything. */
export function spellcheckNeedsNoDownload(platform: NodeJS.Platform): boolean {
  return platform === 'darwin'
}

/** Turns the session's spellchecker on or off for this platform, before any window asks for it. */
export function configureSpellcheck(
  session: Pick<Session, 'setSpellCheckerEnabled'>,
  platform: NodeJS.Platform = process.platform,
): boolean {
  const enabled = spellcheckNeedsNoDownload(platform)
  session.setSpellCheckerEnabled(enabled)
  return enabled
}
